/// What someone does to a submission, and who may do it.
public enum SubmissionAction: String, CaseIterable, Codable, Sendable {
    /// The office's leader (Ketua or Sekretaris) sends the prepared document to the parent office.
    case submit = "ajukan"
    /// An evaluator of the parent office sends it back with notes.
    case returnToOffice = "kembalikan"
    /// An evaluator of the parent office accepts it.
    case accept = "terima"

    /// "Ajukan", "Kembalikan", "Terima".
    public var label: String {
        switch self {
        case .submit: "Ajukan"
        case .returnToOffice: "Kembalikan"
        case .accept: "Terima"
        }
    }
}

/// The part a person plays for one office's submission.
public enum SubmissionActor: Sendable, Equatable {
    /// Prepares the data (operator): may not submit.
    case preparer
    /// Ketua or Sekretaris of the office itself.
    case leader
    /// An evaluator of the parent office (KPU Provinsi for a Kab/Kota, KPU RI for a Provinsi).
    case parentEvaluator
    /// Anyone else: reads at most.
    case other

    var label: String {
        switch self {
        case .preparer: "operator kantor"
        case .leader: "pimpinan kantor"
        case .parentEvaluator: "evaluator kantor induk"
        case .other: "pengguna ini"
        }
    }
}
