/// What the server applies to a generated office-year beside its data: where its PK and LKj stand in the
/// submission workflow (with dated transitions and return notes), the review mistakes injected into its data, and
/// the indicators reworded so that they do not match the national catalogue.
public struct OfficeYearScenario: Hashable, Sendable {
    public var officeCode: String
    public var year: Int
    public var pk: DocumentScenario
    public var lkj: DocumentScenario
    /// Mistakes written into the office-year; its review shows exactly their codes at error level.
    public var mistakes: [InjectedMistake]
    /// Ids of indicators whose wording was changed so that no catalogue decision covers them.
    public var rewordedIndicators: [String]

    /// The error codes the review of this office-year must show, and no other.
    public var expectedErrorCodes: Set<String> { Set(mistakes.map(\.expectedCode)) }

    /// The PK and LKj states as consolidation reads them.
    public var status: OfficeYearStatus {
        OfficeYearStatus(officeCode: officeCode, year: year, pk: pk.status, lkj: lkj.status)
    }
}

/// One document's path through the workflow Draf → Diajukan → Dikembalikan → Diajukan ulang → Diterima.
public struct DocumentScenario: Hashable, Sendable {
    /// Which document: the submitted documents' own kinds.
    public typealias Document = SubmissionDocument

    /// Who acts: the office prepares, its Ketua submits, an evaluator of the parent office returns or accepts.
    public enum Actor: String, Hashable, Sendable, CaseIterable {
        case ketua, evaluator
    }

    /// One dated transition.
    public struct Transition: Hashable, Sendable {
        public var from: SubmissionState
        public var to: SubmissionState
        public var on: CalendarDate
        public var actor: Actor
        /// The evaluator's note when returning.
        public var note: ReturnNote?
    }

    public var document: Document
    public var state: SubmissionState
    public var deadline: CalendarDate
    /// Days after the deadline of the first submission; 0 on time; nil when never submitted.
    public var daysLate: Int?
    public var transitions: [Transition]

    /// The first submission's date.
    public var submittedOn: CalendarDate? { transitions.first { $0.to == .submitted }?.on }

    public var status: SubmissionStatus { SubmissionStatus(state: state, daysLate: daysLate) }
}

/// An evaluator's note on a returned document, pointing at the place it is about.
public struct ReturnNote: Hashable, Sendable {
    /// Where the note points.
    public enum Place: Hashable, Sendable {
        case indicator(id: String)
        case chapter(String)
        case finding(code: String)
        case tableRow(table: String, row: String)
    }

    public var text: String
    public var place: Place
}

/// A known mistake written into a generated office-year, with the review check that must find it.
public enum InjectedMistake: String, Hashable, Sendable, CaseIterable {
    /// A measured row's printed capaian off by several points.
    case capaianMisprinted
    /// A lower-is-better indicator's capaian printed as realisasi / target × 100 (Asahan's "1.100 %").
    case polarityIgnored
    /// A kegiatan's printed persen that does not follow from its pagu and realisasi.
    case budgetPersenMisprinted
    /// A program's printed pagu that is not the sum of its kegiatan.
    case programPaguMisprinted
    /// A printed office capaian that is neither the mean over sasaran nor over indicators (Asahan's "100 %").
    case officeCapaianMisprinted
    /// The wrong "tahun ke N" of the Renstra (Pematangsiantar's "tahun ke 2" for 2024).
    case renstraYearWrong
    /// A DIPA revision dated before the DIPA it revises (Pagar Alam's "Revisi 1").
    case revisionBeforeDIPA
    /// A DPT recap whose printed total L+P is not the sum of its rows.
    case dptTotalMisprinted

    /// The review check code that finds it.
    public var expectedCode: String {
        switch self {
        case .capaianMisprinted: "ARITH-CAPAIAN"
        case .polarityIgnored: "LOGIC-POLARITY"
        case .budgetPersenMisprinted: "ARITH-BUDGET-PERSEN"
        case .programPaguMisprinted: "ARITH-BUDGET-PARENT"
        case .officeCapaianMisprinted: "LOGIC-AVERAGE"
        case .renstraYearWrong: "CHRON-RENSTRA-YEAR"
        case .revisionBeforeDIPA: "CHRON-REVISION-ORDER"
        case .dptTotalMisprinted: "ARITH-DPT-TOTAL"
        }
    }

    /// What was written wrong, in Indonesian, for the demo's notes.
    public var label: String {
        switch self {
        case .capaianMisprinted: "capaian indikator tercetak keliru"
        case .polarityIgnored: "indikator semakin rendah semakin baik dihitung sebagai semakin tinggi semakin baik"
        case .budgetPersenMisprinted: "persen realisasi kegiatan tercetak keliru"
        case .programPaguMisprinted: "pagu program bukan jumlah kegiatannya"
        case .officeCapaianMisprinted: "capaian kantor tercetak bukan rata-rata"
        case .renstraYearWrong: "tahun ke-N Renstra keliru"
        case .revisionBeforeDIPA: "revisi DIPA bertanggal sebelum DIPA yang direvisi"
        case .dptTotalMisprinted: "jumlah DPT tercetak bukan jumlah barisnya"
        }
    }
}
