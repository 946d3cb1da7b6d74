/// Who may do what to an evaluation in which state: pure functions, so the web layer only asks.
///
/// The office edits its self-assessment until it submits it (its leader submits); only an evaluator of an office
/// above it scores, writes and issues the LHE, and verifies follow-up; the office records follow-up once the LHE is
/// issued. Everyone with a role may read.
public enum EvaluationPolicy {
    public static func allows(_ role: EvaluationRole, _ action: EvaluationAction, in state: EvaluationState) -> Bool {
        switch action {
        case .read: true
        case .editSelfAssessment: isOffice(role) && state == .officeDrafting
        case .submitSelfAssessment: role == .officeLeader && state == .officeDrafting
        case .returnToOffice, .editScoring, .completeScoring: role == .evaluator && state == .submitted
        case .reopenScoring, .issueLHE: role == .evaluator && state == .scored
        case .editLHE: role == .evaluator && (state == .submitted || state == .scored)
        case .recordFollowUp: isOffice(role) && state == .lheIssued
        case .verifyFollowUp: role == .evaluator && state == .lheIssued
        }
    }

    /// Every action a role may take in a state, in the order of ``EvaluationAction``.
    public static func actions(for role: EvaluationRole, in state: EvaluationState) -> [EvaluationAction] {
        EvaluationAction.allCases.filter { allows(role, $0, in: state) }
    }

    /// Whether the office's self-assessment is visible to a role: the evaluator sees it once submitted.
    public static func seesSelfAssessment(_ role: EvaluationRole, in state: EvaluationState) -> Bool {
        isOffice(role) || state >= .submitted
    }

    /// Whether the evaluator's scoring is visible to a role: the office sees it once the LHE is issued.
    public static func seesScoring(_ role: EvaluationRole, in state: EvaluationState) -> Bool {
        role == .evaluator || (state == .lheIssued) || (role == .observer && state >= .scored)
    }

    private static func isOffice(_ role: EvaluationRole) -> Bool { role == .officeOperator || role == .officeLeader }
}
