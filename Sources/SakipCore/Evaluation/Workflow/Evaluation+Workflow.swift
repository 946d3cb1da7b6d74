import Foundation

extension Evaluation {
    /// The office's leader hands the self-assessment to the evaluator. Every criterion must be answered; the
    /// evaluator's answers start as a copy of the office's (overrides and overridden warnings are kept).
    public mutating func submit(by actor: EvaluationActor, on date: CalendarDate, version: LKEVersion) throws(EvaluationWorkflowError) {
        try check(actor, .submitSelfAssessment, version: version)
        let unanswered = selfAssessment.unanswered(in: version).map(\.id)
        guard unanswered.isEmpty else {
            let shown = unanswered.prefix(10).joined(separator: ", ") + (unanswered.count > 10 ? ", …" : "")
            throw EvaluationWorkflowError("Penilaian mandiri belum dapat diajukan: \(unanswered.count) kriteria belum dijawab ada/tidak (\(shown)).")
        }
        scoring.answers = selfAssessment
        record(.submitSelfAssessment, actor, date, note: nil, to: .submitted)
    }

    /// The evaluator sends a submitted self-assessment back to the office, saying why.
    public mutating func returnToOffice(by actor: EvaluationActor, on date: CalendarDate, note: String) throws(EvaluationWorkflowError) {
        try check(actor, .returnToOffice)
        guard Self.hasText(note) else { throw EvaluationWorkflowError("Tuliskan alasan pengembalian penilaian mandiri kepada kantor.") }
        record(.returnToOffice, actor, date, note: note, to: .officeDrafting)
    }

    /// The evaluator closes the scoring: every consistency warning must be resolved or overridden with a note.
    public mutating func completeScoring(by actor: EvaluationActor, on date: CalendarDate, version: LKEVersion,
                                         facts: EvaluationFacts? = nil) throws(EvaluationWorkflowError) {
        try check(actor, .completeScoring, version: version)
        let unanswered = scoring.answers.unanswered(in: version)
        guard unanswered.isEmpty else {
            throw EvaluationWorkflowError("Penilaian evaluator belum lengkap: \(unanswered.count) kriteria belum dijawab ada/tidak.")
        }
        let open = ConsistencyCheck.openWarnings(version, scoring: scoring, facts: facts)
        guard open.isEmpty else {
            let codes = open.prefix(5).map { "\($0.code.rawValue) \($0.subject)" }.joined(separator: ", ")
            throw EvaluationWorkflowError("Masih ada \(open.count) peringatan konsistensi yang belum diperbaiki atau diberi catatan (\(codes)).")
        }
        record(.completeScoring, actor, date, note: nil, to: .scored)
    }

    /// The evaluator reopens a closed scoring, saying why.
    public mutating func reopenScoring(by actor: EvaluationActor, on date: CalendarDate, note: String) throws(EvaluationWorkflowError) {
        try check(actor, .reopenScoring)
        guard Self.hasText(note) else { throw EvaluationWorkflowError("Tuliskan alasan membuka kembali penilaian evaluator.") }
        record(.reopenScoring, actor, date, note: note, to: .submitted)
    }

    /// The evaluator issues the LHE: its number, date and signatory must be set.
    public mutating func issueLHE(by actor: EvaluationActor, on date: CalendarDate) throws(EvaluationWorkflowError) {
        try check(actor, .issueLHE)
        let missing = lhe.missingForIssue
        guard missing.isEmpty else {
            throw EvaluationWorkflowError("LHE belum dapat diterbitkan: \(VerdictText.list(missing)) belum diisi.")
        }
        record(.issueLHE, actor, date, note: lhe.number, to: .lheIssued)
    }

    /// Refuses an action the actor's role may not take in this state, or on another LKE version.
    func check(_ actor: EvaluationActor, _ action: EvaluationAction, version: LKEVersion? = nil) throws(EvaluationWorkflowError) {
        guard EvaluationPolicy.allows(actor.role, action, in: state) else {
            throw EvaluationWorkflowError("\(actor.role.label) tidak dapat \(action.label) pada tahap \"\(state.label)\".")
        }
        if let version, !lke.matches(version) {
            throw EvaluationWorkflowError("Evaluasi ini dibuat dengan LKE \(lke.id) versi lain; gunakan versi LKE yang sama (sidik \(lke.digest.prefix(12))).")
        }
    }

    mutating func record(_ action: EvaluationAction, _ actor: EvaluationActor, _ date: CalendarDate, note: String?,
                         to next: EvaluationState? = nil) {
        if let next { state = next }
        history.append(EvaluationEvent(action: action, by: actor.name, role: actor.role, on: date, note: note))
    }

    static func hasText(_ text: String?) -> Bool { !(text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
