/// The part a user plays in one office's evaluation. The web layer resolves it once per request (see
/// ``resolve(kind:userOffice:evaluatedOffice:ancestors:)``) and then only asks ``EvaluationPolicy``.
public enum EvaluationRole: String, CaseIterable, Sendable {
    /// The evaluated office's planning operator: fills the self-assessment and records follow-up.
    case officeOperator
    /// The evaluated office's Ketua or Sekretaris: also submits the self-assessment.
    case officeLeader
    /// An evaluator of an office above the evaluated one (the Provinsi for its Kab/Kota, the Inspektorat of KPU RI for all).
    case evaluator
    /// Anyone else allowed to read (e.g. a national administrator).
    case observer

    /// "Operator kantor", "Pimpinan kantor", "Evaluator", "Pengamat".
    public var label: String {
        switch self {
        case .officeOperator: "Operator kantor"
        case .officeLeader: "Pimpinan kantor"
        case .evaluator: "Evaluator"
        case .observer: "Pengamat"
        }
    }

    /// What a user account is, before its relation to the evaluated office is known.
    public enum UserKind: String, CaseIterable, Sendable { case staff, leader, evaluator, reader }

    /// The role of a user over an office: the office's own operator or leader, an evaluator whose office is above
    /// it (never its own: an office does not evaluate itself), or an observer; nil when the user has no business
    /// with the evaluation.
    /// - Parameter ancestors: the codes of the offices above the evaluated office, nearest first.
    public static func resolve(kind: UserKind, userOffice: String?, evaluatedOffice: String, ancestors: [String]) -> EvaluationRole? {
        let own = userOffice == evaluatedOffice
        let above = userOffice.map { ancestors.contains($0) } ?? false
        switch kind {
        case .staff: return own ? .officeOperator : nil
        case .leader: return own ? .officeLeader : nil
        case .evaluator: return above ? .evaluator : (own ? .observer : nil)
        case .reader: return own || above ? .observer : nil
        }
    }
}
