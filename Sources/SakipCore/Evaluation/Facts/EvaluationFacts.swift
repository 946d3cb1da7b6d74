import Foundation

/// What the evaluation of one office-year knows from the product: the plan, the measurement, the LKj, the budget,
/// the LKj's delivery (from the server) and last year's evaluation. Suggested answers, linked evidence and some
/// consistency rules read it. Build it with ``init(officeYear:submission:previous:asOf:)``.
public struct EvaluationFacts: Hashable, Sendable {
    /// The Renstra as far as the evaluation needs it.
    public struct RenstraFact: Hashable, Sendable {
        public var startYear: Int
        public var endYear: Int
        public var decree: String?
        /// Indicators with yearly targets.
        public var targetCount: Int
    }

    /// One PK revision.
    public struct AgreementFact: Hashable, Sendable {
        public var level: PerformanceAgreement.Level
        public var revision: Int
        public var signedOn: CalendarDate?
        /// Pihak pertama's name.
        public var signatory: String?
        public var rowCount: Int
        /// The highest revision of its level.
        public var isCurrent: Bool

        /// "PK Ketua", "PK Sekretaris revisi 1".
        public var label: String { revision == 0 ? level.label : "\(level.label) revisi \(revision)" }
    }

    /// How many PK indicators have a realisation in a quarter.
    public struct QuarterFact: Hashable, Sendable {
        public var quarter: Quarter
        public var filled: Int
    }

    /// What the LKj composed from the data compares (BAB III).
    public struct ReportContent: Hashable, Sendable {
        /// Indicators the LKj measures.
        public var indicators: Int
        /// Of those, compared with their annual target (measured, or stated not applicable with a reason).
        public var comparedWithTarget: Int
        /// With a Renstra final-year target.
        public var withMediumTermTarget: Int
        public var renstraFinalYear: Int?
        /// With a capaian of at least one earlier year.
        public var withEarlierYears: Int
        public var earlierYears: [Int]
        /// With an analysis (efforts, obstacles or solutions).
        public var withAnalysis: Int

        public init(indicators: Int = 0, comparedWithTarget: Int = 0, withMediumTermTarget: Int = 0, renstraFinalYear: Int? = nil,
                    withEarlierYears: Int = 0, earlierYears: [Int] = [], withAnalysis: Int = 0) {
            self.indicators = indicators
            self.comparedWithTarget = comparedWithTarget
            self.withMediumTermTarget = withMediumTermTarget
            self.renstraFinalYear = renstraFinalYear
            self.withEarlierYears = withEarlierYears
            self.earlierYears = earlierYears
            self.withAnalysis = withAnalysis
        }
    }

    /// The LKj's finalisation (from the file) and delivery (from the server).
    public struct ReportFact: Hashable, Sendable {
        public var finalisedOn: CalendarDate?
        public var signatory: String?
        public var submission: LKjSubmission?

        public init(finalisedOn: CalendarDate? = nil, signatory: String? = nil, submission: LKjSubmission? = nil) {
            self.finalisedOn = finalisedOn
            self.signatory = signatory
            self.submission = submission
        }
    }

    /// The DIPA as the evaluation needs it.
    public struct BudgetFact: Hashable, Sendable {
        public var pagu: Decimal
        public var realisasi: Decimal
        public var revisions: [DIPARevision]
    }

    public var year: Int
    public var officeName: String
    public var renstra: RenstraFact?
    public var annualPlanRows: Int
    public var agreements: [AgreementFact]
    /// Indicators of the PK the office is measured against.
    public var pkIndicators: Int
    /// Of those, with a RAK row that sets quarterly targets.
    public var actionPlanIndicators: Int
    /// Quarters up to the reference quarter (Triwulan IV after the year).
    public var quarters: [QuarterFact]
    public var report: ReportContent
    public var lkj: ReportFact
    public var budget: BudgetFact?
    public var previous: PreviousEvaluation?
    /// The day the facts describe (deadlines and overdue follow-up are judged on it).
    public var asOf: CalendarDate

    public init(year: Int, officeName: String, renstra: RenstraFact? = nil, annualPlanRows: Int = 0,
                agreements: [AgreementFact] = [], pkIndicators: Int = 0, actionPlanIndicators: Int = 0,
                quarters: [QuarterFact] = [], report: ReportContent, lkj: ReportFact = ReportFact(),
                budget: BudgetFact? = nil, previous: PreviousEvaluation? = nil, asOf: CalendarDate) {
        self.year = year
        self.officeName = officeName
        self.renstra = renstra
        self.annualPlanRows = annualPlanRows
        self.agreements = agreements
        self.pkIndicators = pkIndicators
        self.actionPlanIndicators = actionPlanIndicators
        self.quarters = quarters
        self.report = report
        self.lkj = lkj
        self.budget = budget
        self.previous = previous
        self.asOf = asOf
    }

    /// The current revision of each PK level.
    public var currentAgreements: [AgreementFact] { agreements.filter(\.isCurrent) }
}

