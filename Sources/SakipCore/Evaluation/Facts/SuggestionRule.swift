/// A fact e-SAKIP knows that answers an LKE criterion. A version's criterion names the rule that suggests its
/// answer (key `suggestion` of the LKE file), so a new LKE wording keeps its suggestions by naming the rule.
public enum SuggestionRule: String, CaseIterable, Sendable {
    /// A Renstra covering the year is recorded.
    case renstraAvailable
    /// The RKT and a PK of the year are recorded.
    case shortTermPlanAvailable
    /// The RAK sets quarterly targets for the PK's indicators.
    case actionPlanAvailable
    /// The DIPA of the year is recorded.
    case budgetAvailable
    /// Every current PK is signed and dated.
    case agreementSigned
    /// The RAK exists and realisations are recorded every quarter against it.
    case actionPlanMonitored
    /// Every PK indicator has a realisation in every quarter.
    case measuredEveryQuarter
    /// Realisations are recorded and capaian computed in the application.
    case measuredWithApplication
    /// The LKj can be composed from the data: the PK's indicators are measured.
    case lkjPrepared
    /// The LKj is finalised: dated and signed.
    case lkjFinalised
    /// The LKj was reviewed (reviu) by the internal auditor.
    case lkjReviewed
    /// The LKj was submitted by its deadline.
    case lkjOnTime
    /// The LKj compares every indicator's realisation with its annual target.
    case lkjComparesAnnualTarget
    /// The LKj compares realisations with the Renstra's (medium-term) targets.
    case lkjComparesMediumTerm
    /// The LKj compares realisations with earlier years.
    case lkjComparesEarlierYears
    /// The LKj explains efforts, obstacles and solutions per indicator.
    case lkjExplainsResults
    /// The LKj sets budget realisation beside performance.
    case lkjBudgetEfficiency
    /// Every recommendation of last year's LHE is followed up and verified.
    case previousFollowUpComplete
}
