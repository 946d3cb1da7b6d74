extension SuggestionRule {
    /// The answer the facts give, or nil when they do not decide (a fact the product does not know).
    public func verdict(on facts: EvaluationFacts) -> RuleVerdict? {
        switch self {
        case .renstraAvailable: PlanningVerdicts.renstra(facts)
        case .shortTermPlanAvailable: PlanningVerdicts.shortTermPlan(facts)
        case .actionPlanAvailable: PlanningVerdicts.actionPlan(facts)
        case .budgetAvailable: PlanningVerdicts.budget(facts)
        case .agreementSigned: PlanningVerdicts.agreementSigned(facts)
        case .actionPlanMonitored: MeasurementVerdicts.actionPlanMonitored(facts)
        case .measuredEveryQuarter: MeasurementVerdicts.everyQuarter(facts)
        case .measuredWithApplication: MeasurementVerdicts.withApplication(facts)
        case .lkjPrepared: ReportVerdicts.prepared(facts)
        case .lkjFinalised: ReportVerdicts.finalised(facts)
        case .lkjReviewed: ReportVerdicts.reviewed(facts)
        case .lkjOnTime: ReportVerdicts.onTime(facts)
        case .lkjComparesAnnualTarget: ReportVerdicts.annualTarget(facts)
        case .lkjComparesMediumTerm: ReportVerdicts.mediumTerm(facts)
        case .lkjComparesEarlierYears: ReportVerdicts.earlierYears(facts)
        case .lkjExplainsResults: ReportVerdicts.explains(facts)
        case .lkjBudgetEfficiency: ReportVerdicts.budgetEfficiency(facts)
        case .previousFollowUpComplete: FollowUpVerdicts.previousComplete(facts)
        }
    }
}

/// Shared wording of the verdicts.
enum VerdictText {
    /// "Triwulan I–IV", "Triwulan I".
    static func quarters(_ quarters: [Quarter]) -> String {
        guard let first = quarters.first, let last = quarters.last else { return "-" }
        return first == last ? first.name : "Triwulan \(first.roman)–\(last.roman)"
    }

    /// "2020, 2021 dan 2022".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " dan " + last
    }
}
