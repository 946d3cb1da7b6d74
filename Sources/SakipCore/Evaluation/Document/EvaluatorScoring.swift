/// The evaluator's scoring beside the office's self-assessment: its own answers per criterion (starting from the
/// office's when submitted), rating overrides with justification, and consistency warnings it overrode with a note.
public struct EvaluatorScoring: Hashable, Sendable {
    public var answers: LKEAnswers
    public var overrides: [RatingOverride]
    public var warningOverrides: [WarningOverride]

    public init(answers: LKEAnswers = LKEAnswers(), overrides: [RatingOverride] = [], warningOverrides: [WarningOverride] = []) {
        self.answers = answers
        self.overrides = overrides
        self.warningOverrides = warningOverrides
    }

    /// The override of a sub-component, when there is one.
    public func override(_ subComponentId: String) -> RatingOverride? { overrides.last { $0.subComponentId == subComponentId } }
}
