import Foundation

/// The evaluator's scoring beside the office's, criterion by criterion, sub-component by sub-component and per
/// component, with the gaps (evaluator − office: negative when the office rated itself higher).
public struct AssessmentComparison: Hashable, Sendable {
    public struct CriterionRow: Hashable, Sendable {
        public var criterion: LKECriterion
        public var office: CriterionAnswer?
        public var evaluator: CriterionAnswer?

        /// Whether the two answer ada/tidak differently.
        public var differs: Bool { office?.met != evaluator?.met }
    }

    public struct SubComponentRow: Hashable, Sendable {
        public var office: SubComponentScore
        public var evaluator: SubComponentScore

        public var subComponent: LKESubComponent { evaluator.subComponent }
        public var gap: Decimal { evaluator.score - office.score }
    }

    public struct ComponentRow: Hashable, Sendable {
        public var component: LKEComponent
        public var office: Decimal
        public var evaluator: Decimal

        public var gap: Decimal { evaluator - office }
    }

    public var criteria: [CriterionRow]
    public var subComponents: [SubComponentRow]
    public var components: [ComponentRow]
    public var office: Scorecard
    public var evaluator: Scorecard

    /// Compares an evaluation's two scorings on the version it was made with.
    public init(_ evaluation: Evaluation, version: LKEVersion) {
        office = evaluation.selfScorecard(version)
        evaluator = evaluation.evaluatorScorecard(version)
        criteria = version.criteria.map {
            CriterionRow(criterion: $0, office: evaluation.selfAssessment[$0.id], evaluator: evaluation.scoring.answers[$0.id])
        }
        subComponents = zip(office.subComponents, evaluator.subComponents).map { SubComponentRow(office: $0, evaluator: $1) }
        components = zip(office.components, evaluator.components).map {
            ComponentRow(component: $1.component, office: $0.score, evaluator: $1.score)
        }
    }

    /// Evaluator's total − office's total.
    public var gap: Decimal { evaluator.total - office.total }

    /// Criteria answered differently.
    public var differingCriteria: [CriterionRow] { criteria.filter(\.differs) }
}
