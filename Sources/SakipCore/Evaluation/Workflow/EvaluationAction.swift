/// Something a user may do to an evaluation.
public enum EvaluationAction: String, CaseIterable, Sendable {
    case read
    /// Answer criteria, notes and evidence of the self-assessment.
    case editSelfAssessment
    /// Hand the self-assessment to the evaluator.
    case submitSelfAssessment
    /// Send a submitted self-assessment back to the office, with a note.
    case returnToOffice
    /// Answer criteria, override ratings and acknowledge warnings as evaluator.
    case editScoring
    /// Close the scoring (every warning resolved or overridden).
    case completeScoring
    /// Reopen a closed scoring.
    case reopenScoring
    /// Write the LHE's letter data, notes per component and recommendations.
    case editLHE
    /// Issue the LHE: the scores are final.
    case issueLHE
    /// Record follow-up actions on the LHE's recommendations.
    case recordFollowUp
    /// Accept or reject follow-up actions.
    case verifyFollowUp

    /// Indonesian name, for messages and the history.
    public var label: String {
        switch self {
        case .read: "membaca evaluasi"
        case .editSelfAssessment: "mengisi penilaian mandiri"
        case .submitSelfAssessment: "mengajukan penilaian mandiri"
        case .returnToOffice: "mengembalikan penilaian mandiri ke kantor"
        case .editScoring: "mengisi penilaian evaluator"
        case .completeScoring: "menyelesaikan penilaian evaluator"
        case .reopenScoring: "membuka kembali penilaian evaluator"
        case .editLHE: "menyusun LHE"
        case .issueLHE: "menerbitkan LHE"
        case .recordFollowUp: "mencatat tindak lanjut"
        case .verifyFollowUp: "memverifikasi tindak lanjut"
        }
    }
}
