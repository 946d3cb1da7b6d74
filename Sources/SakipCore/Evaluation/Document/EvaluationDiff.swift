/// What changed between two versions of an evaluation document, field by field, for the audit trail and for
/// refusing a save over someone else's newer change. Rows are matched by what names them in the document
/// (`sakip-evaluation`): answers by criterion, overrides by sub-component, warning notes by code and subject,
/// notes by component, recommendations and follow-up by id; so answering one criterion reports that criterion.
public enum EvaluationDiff {
    /// Row identities of the evaluation document, tried in order.
    public static let identities: [[String]] = [["criterion"], ["subComponent"], ["code", "subject"], ["id"], ["component"]]

    /// The changes from `old` to `new`, in document order; paths as in the document, e.g.
    /// `selfAssessment[1.a.3].met`, `scoring.overrides[1.c].rating`, `recommendations[R1].actions[A1].verification.verdict`.
    public static func changes(from old: Evaluation, to new: Evaluation) -> [FieldChange] {
        guard old != new else { return [] }
        return OfficeYearDiff.changes(from: EvaluationWriter.value(old), to: EvaluationWriter.value(new), identities: identities)
    }
}
