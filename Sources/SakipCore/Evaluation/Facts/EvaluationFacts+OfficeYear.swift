import Foundation

extension EvaluationFacts {
    /// The facts of an office-year, with what the server knows: the LKj's delivery, last year's evaluation, and the day.
    public init(officeYear data: OfficeYear, submission: LKjSubmission? = nil, previous: PreviousEvaluation? = nil,
                asOf: CalendarDate) {
        let pkIds = Self.unique((data.governingAgreement?.rows ?? []).map(\.indicatorId))
        let through = data.referenceQuarter(on: asOf)
        let quarters = Quarter.allCases.filter { $0 <= through }.map { quarter in
            QuarterFact(quarter: quarter, filled: pkIds.filter { id in
                data.realisations.contains { $0.indicatorId == id && $0.quarter == quarter }
            }.count)
        }
        let signatory = data.report.signatoryId.flatMap { data.person($0) }?.name
        let tree = data.budget.tree
        self.init(
            year: data.year, officeName: data.office.name,
            renstra: data.renstra.map { RenstraFact(startYear: $0.startYear, endYear: $0.endYear, decree: $0.decree,
                                                    targetCount: $0.targets.count) },
            annualPlanRows: data.annualPlan?.rows.count ?? 0,
            agreements: data.agreements.map { pk in
                AgreementFact(level: pk.level, revision: pk.revision, signedOn: pk.signedOn,
                              signatory: pk.firstParty?.name ?? Self.defaultSignatory(pk.level, data)?.name,
                              rowCount: pk.rows.count, isCurrent: data.agreements.current(pk.level) == pk)
            },
            pkIndicators: pkIds.count,
            actionPlanIndicators: pkIds.filter { id in data.actionPlan.contains { $0.indicatorId == id } }.count,
            quarters: quarters,
            report: Self.reportContent(data),
            lkj: ReportFact(finalisedOn: data.report.date, signatory: signatory, submission: submission),
            budget: tree.lines.isEmpty ? nil : BudgetFact(pagu: tree.total.pagu, realisasi: tree.total.realisasi,
                                                          revisions: data.budget.revisions),
            previous: previous, asOf: asOf)
    }

    private static func reportContent(_ data: OfficeYear) -> ReportContent {
        let result = data.measure()
        let comparison = data.yearComparison(result)
        let compared = result.rows.filter {
            switch $0.achievement {
            case .measured, .notApplicable: true
            case .missing, .rejected: false
            }
        }
        let analysed = result.rows.filter { row in
            data.analyses.contains { analysis in
                analysis.indicatorId == row.indicator.id
                    && [analysis.actions, analysis.obstacles, analysis.solutions].contains { !($0 ?? "").isEmpty }
            }
        }
        return ReportContent(indicators: result.rows.count, comparedWithTarget: compared.count,
                             withMediumTermTarget: comparison.rows.filter { $0.finalTarget != nil }.count,
                             renstraFinalYear: comparison.finalYear,
                             withEarlierYears: comparison.rows.filter { !$0.earlier.isEmpty }.count,
                             earlierYears: comparison.years, withAnalysis: analysed.count)
    }

    /// The person who signs a PK of a level when the PK names no party.
    private static func defaultSignatory(_ level: PerformanceAgreement.Level, _ data: OfficeYear) -> Person? {
        data.people.first { $0.role == (level == .ketua ? .ketua : .sekretaris) }
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
