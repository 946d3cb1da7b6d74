/// One assessor's answers, at most one per criterion, in the order they were first given.
public struct LKEAnswers: Hashable, Sendable {
    public private(set) var list: [CriterionAnswer]

    /// Answers from a list; a later answer to the same criterion replaces an earlier one.
    public init(_ answers: [CriterionAnswer] = []) {
        list = []
        for answer in answers { set(answer) }
    }

    /// The answer to a criterion, when there is one.
    public subscript(criterionId: String) -> CriterionAnswer? { list.first { $0.criterionId == criterionId } }

    /// Gives or replaces the answer to its criterion.
    public mutating func set(_ answer: CriterionAnswer) {
        if let index = list.firstIndex(where: { $0.criterionId == answer.criterionId }) {
            list[index] = answer
        } else {
            list.append(answer)
        }
    }

    /// Whether a criterion is answered "ada".
    public func isMet(_ criterionId: String) -> Bool { self[criterionId]?.met == true }

    /// The version's criteria that have no ada/tidak answer yet.
    public func unanswered(in version: LKEVersion) -> [LKECriterion] {
        version.criteria.filter { self[$0.id]?.met == nil }
    }
}

