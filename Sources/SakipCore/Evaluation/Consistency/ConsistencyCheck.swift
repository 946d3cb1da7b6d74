import Foundation

/// Runs the consistency rules on one assessor's answers and ratings (LKE.md §3): on the office's self-assessment
/// before it is submitted, and on the evaluator's scoring, whose warnings must be resolved or overridden before
/// the scoring is closed.
public enum ConsistencyCheck {
    /// Every warning, in the version's order of subjects within each rule.
    public static func warnings(_ version: LKEVersion, answers: LKEAnswers, overrides: [RatingOverride] = [],
                                facts: EvaluationFacts? = nil) -> [ConsistencyWarning] {
        let card = Scorecard(version: version, answers: answers, overrides: overrides)
        return prerequisites(version, answers) + pemanfaatan(version, card) + ratings(card) + flags(version, answers)
            + FactConsistency.warnings(version, answers: answers, facts: facts)
    }

    /// The warnings of the evaluator's scoring that no override covers.
    public static func openWarnings(_ version: LKEVersion, scoring: EvaluatorScoring, facts: EvaluationFacts? = nil) -> [ConsistencyWarning] {
        warnings(version, answers: scoring.answers, overrides: scoring.overrides, facts: facts).filter { warning in
            !scoring.warningOverrides.contains { $0.covers(warning) }
        }
    }

    private static func prerequisites(_ version: LKEVersion, _ answers: LKEAnswers) -> [ConsistencyWarning] {
        version.criteria.compactMap { criterion in
            guard answers.isMet(criterion.id) else { return nil }
            let absent = criterion.requires.filter { !answers.isMet($0) }
            guard !absent.isEmpty else { return nil }
            let names = absent.map { id in version.criterion(id).map { "\(id) (\($0.text))" } ?? id }
            return ConsistencyWarning(code: .prerequisite, subject: criterion.id,
                                      message: "Kriteria \(criterion.id) dinyatakan terpenuhi, padahal prasyaratnya belum terpenuhi: \(VerdictText.list(names)).")
        }
    }

    private static func pemanfaatan(_ version: LKEVersion, _ card: Scorecard) -> [ConsistencyWarning] {
        card.components.compactMap { component in
            guard let kualitas = component.subComponent(.kualitas), let pemanfaatan = component.subComponent(.pemanfaatan),
                  pemanfaatan.rating.value > kualitas.rating.value + version.pemanfaatanTolerance else { return nil }
            return ConsistencyWarning(code: .pemanfaatanAboveKualitas, subject: component.component.id,
                                      message: "Pemanfaatan \(pemanfaatan.subComponent.id) bernilai \(pemanfaatan.rating.code), lebih tinggi daripada Kualitas \(kualitas.subComponent.id) yang bernilai \(kualitas.rating.code) pada komponen \(component.component.title).")
        }
    }

    /// Only overridden ratings can leave their band; a derived rating always fits its criteria.
    private static func ratings(_ card: Scorecard) -> [ConsistencyWarning] {
        card.subComponents.compactMap { score in
            guard let override = score.override, !allowed(score.derived).contains(override.rating) else { return nil }
            let share = IndonesianFormat.percent(score.derived.percent)
            return ConsistencyWarning(code: .ratingOutsideCriteria, subject: score.subComponent.id,
                                      message: "Sub-komponen \(score.subComponent.id) diberi nilai \(override.rating.code), padahal \(score.derived.met) dari \(score.derived.total) kriteria terpenuhi (\(share)); nilai yang sesuai: \(allowed(score.derived).map(\.code).joined(separator: ", ")).")
        }
    }

    /// The ratings a share of met criteria admits (LKE.md §3.2).
    static func allowed(_ derived: DerivedRating) -> [LKERating] {
        guard derived.total > 0, derived.met > 0 else { return [.e] }
        if derived.met == derived.total { return [.aa, .a, .bb, .b] }
        return [derived.rating]
    }

    private static func flags(_ version: LKEVersion, _ answers: LKEAnswers) -> [ConsistencyWarning] {
        version.criteria.compactMap { criterion in
            guard let answer = answers[criterion.id] else { return nil }
            let anyFlag = answer.mandate || answer.keptOneYear || answer.keptFiveYears
            let problem: String?
            if answer.met != true && anyFlag {
                problem = "diberi tanda mandat/dipertahankan padahal tidak dinyatakan terpenuhi"
            } else if answer.keptFiveYears && !answer.keptOneYear {
                problem = "ditandai dipertahankan 5 tahun tetapi tidak ditandai dipertahankan 1 tahun"
            } else if (answer.keptOneYear || answer.keptFiveYears) && !answer.mandate {
                problem = "ditandai dipertahankan tetapi tidak ditandai sesuai mandat nasional"
            } else {
                problem = nil
            }
            return problem.map { ConsistencyWarning(code: .flagsOutOfOrder, subject: criterion.id,
                                                    message: "Kriteria \(criterion.id) \($0); tanda yang tidak berurutan tidak dihitung.") }
        }
    }
}
