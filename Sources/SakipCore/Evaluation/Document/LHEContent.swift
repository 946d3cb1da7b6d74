/// What the evaluator writes for the Laporan Hasil Evaluasi beyond the scores (LKE.md §4.4): the letter's data,
/// the evaluation's dates, a narrative and notes per component, the signatory and the copies.
public struct LHEContent: Hashable, Sendable {
    /// The evaluator's narrative and numbered notes (catatan) on one component.
    public struct ComponentNotes: Hashable, Sendable {
        public var componentId: String
        public var narrative: String?
        public var notes: [String]

        public init(componentId: String, narrative: String? = nil, notes: [String] = []) {
            self.componentId = componentId
            self.narrative = narrative
            self.notes = notes
        }
    }

    /// Who signs the LHE.
    public struct Signatory: Hashable, Sendable {
        public var name: String
        public var nip: String?
        /// "Inspektur Wilayah I".
        public var position: String
        /// "a.n. Inspektur Utama" when signing on someone's behalf.
        public var onBehalfOf: String?

        public init(name: String, nip: String? = nil, position: String, onBehalfOf: String? = nil) {
            self.name = name
            self.nip = nip
            self.position = position
            self.onBehalfOf = onBehalfOf
        }
    }

    public var number: String?
    public var date: CalendarDate?
    /// Where it is signed ("Jakarta").
    public var place: String?
    /// "Ketua KPU Kabupaten Asahan".
    public var addressee: String?
    /// The evaluating unit ("Inspektorat Utama Sekretariat Jenderal KPU").
    public var evaluatorUnit: String?
    /// Legal bases beyond the standard ones (e.g. KPU's internal guideline).
    public var legalBasis: [String]
    public var fieldworkFrom: CalendarDate?
    public var fieldworkTo: CalendarDate?
    /// The overall narrative after the score.
    public var summary: String?
    public var components: [ComponentNotes]
    public var signatory: Signatory?
    /// Tembusan.
    public var copies: [String]

    public init(number: String? = nil, date: CalendarDate? = nil, place: String? = nil, addressee: String? = nil,
                evaluatorUnit: String? = nil, legalBasis: [String] = [], fieldworkFrom: CalendarDate? = nil,
                fieldworkTo: CalendarDate? = nil, summary: String? = nil, components: [ComponentNotes] = [],
                signatory: Signatory? = nil, copies: [String] = []) {
        self.number = number
        self.date = date
        self.place = place
        self.addressee = addressee
        self.evaluatorUnit = evaluatorUnit
        self.legalBasis = legalBasis
        self.fieldworkFrom = fieldworkFrom
        self.fieldworkTo = fieldworkTo
        self.summary = summary
        self.components = components
        self.signatory = signatory
        self.copies = copies
    }

    /// The notes on a component, when written.
    public func notes(for componentId: String) -> ComponentNotes? { components.first { $0.componentId == componentId } }

    /// What is still missing before the LHE can be issued, in Indonesian (empty when nothing is).
    public var missingForIssue: [String] {
        var missing: [String] = []
        if (number ?? "").isEmpty { missing.append("nomor LHE") }
        if date == nil { missing.append("tanggal LHE") }
        if signatory == nil { missing.append("penanda tangan LHE") }
        return missing
    }
}
