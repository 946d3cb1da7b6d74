extension Evaluation {
    /// The office answers a criterion of its self-assessment.
    public mutating func answerSelfAssessment(_ answer: CriterionAnswer, by actor: EvaluationActor,
                                              version: LKEVersion) throws(EvaluationWorkflowError) {
        try check(actor, .editSelfAssessment, version: version)
        try Self.known(answer.criterionId, in: version)
        selfAssessment.set(answer)
    }

    /// The evaluator answers a criterion.
    public mutating func answerAsEvaluator(_ answer: CriterionAnswer, by actor: EvaluationActor,
                                           version: LKEVersion) throws(EvaluationWorkflowError) {
        try check(actor, .editScoring, version: version)
        try Self.known(answer.criterionId, in: version)
        scoring.answers.set(answer)
    }

    /// The evaluator sets a sub-component's rating in place of the derived one; the justification is required.
    public mutating func overrideRating(_ override: RatingOverride, by actor: EvaluationActor,
                                        version: LKEVersion) throws(EvaluationWorkflowError) {
        try check(actor, .editScoring, version: version)
        guard version.subComponent(override.subComponentId) != nil else {
            throw EvaluationWorkflowError("Sub-komponen \(override.subComponentId) tidak ada dalam LKE \(version.id).")
        }
        guard override.isJustified else {
            throw EvaluationWorkflowError("Tuliskan alasan perubahan nilai sub-komponen \(override.subComponentId) menjadi \(override.rating.code).")
        }
        scoring.overrides.removeAll { $0.subComponentId == override.subComponentId }
        scoring.overrides.append(override)
    }

    /// The evaluator returns a sub-component to its derived rating.
    public mutating func removeOverride(_ subComponentId: String, by actor: EvaluationActor) throws(EvaluationWorkflowError) {
        try check(actor, .editScoring)
        scoring.overrides.removeAll { $0.subComponentId == subComponentId }
    }

    /// The evaluator keeps a scoring despite a warning, with a note.
    public mutating func overrideWarning(_ override: WarningOverride, by actor: EvaluationActor) throws(EvaluationWorkflowError) {
        try check(actor, .editScoring)
        guard Self.hasText(override.note) else {
            throw EvaluationWorkflowError("Tuliskan catatan mengapa peringatan \(override.code.rawValue) pada \(override.subject) tidak diperbaiki.")
        }
        scoring.warningOverrides.removeAll { $0.code == override.code && $0.subject == override.subject }
        scoring.warningOverrides.append(override)
    }

    /// The evaluator writes the LHE's content.
    public mutating func updateLHE(_ content: LHEContent, by actor: EvaluationActor) throws(EvaluationWorkflowError) {
        try check(actor, .editLHE)
        lhe = content
    }

    /// The evaluator sets a recommendation (a new one, or a change of one with the same id); its follow-up is kept.
    public mutating func setRecommendation(_ recommendation: Recommendation, by actor: EvaluationActor,
                                           version: LKEVersion) throws(EvaluationWorkflowError) {
        try check(actor, .editLHE, version: version)
        guard version.component(recommendation.componentId) != nil else {
            throw EvaluationWorkflowError("Komponen \(recommendation.componentId) tidak ada dalam LKE \(version.id).")
        }
        guard Self.hasText(recommendation.text), Self.hasText(recommendation.personInCharge) else {
            throw EvaluationWorkflowError("Rekomendasi \(recommendation.id) harus memuat uraian dan penanggung jawab.")
        }
        if let index = recommendations.firstIndex(where: { $0.id == recommendation.id }) {
            recommendations[index] = recommendation
        } else {
            recommendations.append(recommendation)
        }
    }

    /// The evaluator removes a recommendation before the LHE is issued.
    public mutating func removeRecommendation(_ id: String, by actor: EvaluationActor) throws(EvaluationWorkflowError) {
        try check(actor, .editLHE)
        recommendations.removeAll { $0.id == id }
    }

    /// The office records a follow-up action on a recommendation of the issued LHE.
    public mutating func recordFollowUp(_ action: FollowUpAction, on recommendationId: String, by actor: EvaluationActor,
                                        date: CalendarDate) throws(EvaluationWorkflowError) {
        try check(actor, .recordFollowUp)
        let index = try recommendationIndex(recommendationId)
        guard Self.hasText(action.description) else { throw EvaluationWorkflowError("Uraikan tindak lanjut yang dilakukan.") }
        guard !recommendations[index].actions.contains(where: { $0.id == action.id }) else {
            throw EvaluationWorkflowError("Tindak lanjut \(action.id) sudah tercatat pada rekomendasi \(recommendationId).")
        }
        var recorded = action
        recorded.recordedBy = recorded.recordedBy ?? actor.name
        recorded.verification = nil
        recommendations[index].actions.append(recorded)
        record(.recordFollowUp, actor, date, note: "\(recommendationId)/\(action.id)")
    }

    /// The evaluator accepts or rejects a follow-up action; a rejection needs a note saying what is missing.
    public mutating func verifyFollowUp(_ actionId: String, on recommendationId: String, verdict: FollowUpVerification.Verdict,
                                        note: String?, by actor: EvaluationActor, date: CalendarDate) throws(EvaluationWorkflowError) {
        try check(actor, .verifyFollowUp)
        let index = try recommendationIndex(recommendationId)
        guard let actionIndex = recommendations[index].actions.firstIndex(where: { $0.id == actionId }) else {
            throw EvaluationWorkflowError("Tindak lanjut \(actionId) tidak ada pada rekomendasi \(recommendationId).")
        }
        if verdict == .rejected && !Self.hasText(note) {
            throw EvaluationWorkflowError("Tuliskan alasan penolakan tindak lanjut \(actionId) agar kantor dapat melengkapinya.")
        }
        recommendations[index].actions[actionIndex].verification = FollowUpVerification(verdict: verdict, note: note, by: actor.name, on: date)
        record(.verifyFollowUp, actor, date, note: "\(recommendationId)/\(actionId): \(verdict.label)" + (note.map { " — \($0)" } ?? ""))
    }

    private func recommendationIndex(_ id: String) throws(EvaluationWorkflowError) -> Int {
        guard let index = recommendations.firstIndex(where: { $0.id == id }) else {
            throw EvaluationWorkflowError("Rekomendasi \(id) tidak ada dalam LHE ini.")
        }
        return index
    }

    private static func known(_ criterionId: String, in version: LKEVersion) throws(EvaluationWorkflowError) {
        guard version.criterion(criterionId) != nil else {
            throw EvaluationWorkflowError("Kriteria \(criterionId) tidak ada dalam LKE \(version.id).")
        }
    }
}
