/// Where an evaluation stands: the office drafts its self-assessment, submits it, the evaluator scores it, and
/// the LHE is issued (after which follow-up is recorded and verified).
public enum EvaluationState: String, CaseIterable, Comparable, Sendable {
    case officeDrafting, submitted, scored, lheIssued

    /// "Penilaian mandiri disusun", "Diajukan ke evaluator", "Dinilai evaluator", "LHE terbit".
    public var label: String {
        switch self {
        case .officeDrafting: "Penilaian mandiri disusun"
        case .submitted: "Diajukan ke evaluator"
        case .scored: "Dinilai evaluator"
        case .lheIssued: "LHE terbit"
        }
    }

    public static func < (lhs: EvaluationState, rhs: EvaluationState) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
