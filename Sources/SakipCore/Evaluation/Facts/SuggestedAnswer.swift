/// An answer the product suggests for a criterion from its own data, with the reason; the office may change it.
public struct SuggestedAnswer: Hashable, Sendable {
    public var criterionId: String
    /// The rule that decided `met`, nil when only the flag is suggested.
    public var rule: SuggestionRule?
    /// Ada/tidak as the data show it; nil when the data do not decide.
    public var met: Bool?
    public var reason: String?
    /// Last year's evaluator found the criterion met: it has been kept for at least a year.
    public var keptOneYear: Bool
    public var keptOneYearReason: String?

    public init(criterionId: String, rule: SuggestionRule? = nil, met: Bool? = nil, reason: String? = nil,
                keptOneYear: Bool = false, keptOneYearReason: String? = nil) {
        self.criterionId = criterionId
        self.rule = rule
        self.met = met
        self.reason = reason
        self.keptOneYear = keptOneYear
        self.keptOneYearReason = keptOneYearReason
    }
}

/// The answer a rule gives on some facts.
public struct RuleVerdict: Hashable, Sendable {
    public var met: Bool
    public var reason: String

    public init(_ met: Bool, _ reason: String) {
        self.met = met
        self.reason = reason
    }
}

/// Suggests answers for every criterion of a version whose rule the facts decide, and the "kept ≥ 1 year" flag
/// for every criterion last year's evaluator found met.
public enum AnswerSuggestions {
    public static func suggest(_ version: LKEVersion, facts: EvaluationFacts) -> [SuggestedAnswer] {
        version.criteria.compactMap { criterion in
            let verdict = criterion.suggestion.flatMap { $0.verdict(on: facts) }
            let previous = facts.previous
            let kept = previous?.metCriteria.contains(criterion.id) ?? false
            guard verdict != nil || kept else { return nil }
            return SuggestedAnswer(criterionId: criterion.id, rule: verdict == nil ? nil : criterion.suggestion,
                                   met: verdict?.met, reason: verdict?.reason, keptOneYear: kept,
                                   keptOneYearReason: kept ? previous.map { "Evaluator menilai kriteria ini terpenuhi pada evaluasi \($0.year)." } : nil)
        }
    }
}

extension LKEAnswers {
    /// These answers with the suggestions filled in where a criterion has no ada/tidak answer yet; answers the
    /// office gave are kept.
    public func applying(_ suggestions: [SuggestedAnswer]) -> LKEAnswers {
        var result = self
        for suggestion in suggestions where self[suggestion.criterionId]?.met == nil {
            var answer = self[suggestion.criterionId] ?? CriterionAnswer(criterionId: suggestion.criterionId)
            answer.met = suggestion.met
            answer.keptOneYear = answer.keptOneYear || (suggestion.keptOneYear && suggestion.met != false)
            result.set(answer)
        }
        return result
    }
}
