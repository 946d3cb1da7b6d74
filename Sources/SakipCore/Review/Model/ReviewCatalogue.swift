/// The checks a review runs, in the order their findings are listed within a severity.
public enum ReviewCatalogue {
    /// Every check of the engine. Codes are unique and stable; docs/reviu.md lists them.
    public static let standard: [any ReviewCheck] = [
        // Arithmetic
        BudgetParentCheck(), BudgetTotalCheck(), BudgetLineCheck(), BudgetSisaCheck(), BudgetPersenCheck(), CapaianCheck(), RoundingCheck(),
        GrantCheck(), DPTTotalCheck(), DPTRowCheck(), SortingCheck(), DistributionTotalCheck(), NeedsTotalCheck(),
        ProcurementEfficiencyCheck(), ProcurementTotalCheck(),
        // Logic
        PolarityCheck(), CappedCapaianCheck(), ValueKindCheck(), ElectionTargetCheck(), ImplausibleRealisationCheck(),
        AverageCheck(), CategoryCheck(), CategoryScaleCheck(), CategoryGapCheck(), KegiatanCodeCheck(), TPSVotersCheck(),
        DeliveryDatesCheck(), DestructionSurplusCheck(), UnreadableFigureCheck(), SignatoryRoleCheck(),
        // Coverage
        PKNotMeasuredCheck(), NotInPKCheck(), ObjectiveGroupingCheck(), TableTargetCheck(), PlanTargetCheck(),
        PlanNotInAgreementCheck(), AgreementNotInPlanCheck(), RenstraTargetCheck(), ActionPlanTargetCheck(),
        QuarterMissingCheck(), NoRealisationCheck(),
        // Chronology
        RevisionOrderCheck(), AgreementDateCheck(), AgreementUndatedCheck(), ReportDateCheck(), FinalisedBeforeAgreementCheck(),
        RenstraYearCheck(), StatedYearCheck(), SignatoryInPostCheck(),
        // Cross-module
        BudgetClaimCheck(), BudgetLabelCheck(), ClaimTargetCheck(), ClaimRealisationCheck(), ClaimCountCheck(),
        ClaimBudgetTotalCheck(), RevisionCountCheck(), RevisionTotalCheck(),
        DistributionTPSCheck(), StatedCountCheck(), NeedsSortingCheck(), StaffCountCheck(),
    ]

    /// The check with a code.
    public static func check(code: String) -> (any ReviewCheck)? {
        standard.first { $0.code == code }
    }
}
