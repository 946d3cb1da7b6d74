/// A RAK whose Triwulan IV target (the year's cumulative target) differs from the PK's.
public struct ActionPlanTargetCheck: ReviewCheck {
    public let code = "COV-TARGET-RAK"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Target Triwulan IV Rencana Aksi Kinerja sama dengan target tahunan Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let (_, pk) = context.governing else { return [] }
        return context.officeYear.actionPlan.enumerated().compactMap { r, row in
            guard let indicator = context.officeYear.indicator(row.indicatorId), indicator.yearValue == .lastQuarter,
                  let fourth = row.target(for: .fourth), let promised = pk.target(indicatorId: row.indicatorId),
                  ValueComparison.same(fourth, promised, for: indicator) == false else { return nil }
            return finding(ReviewPlace(table: "Rencana Aksi Kinerja", row: context.indicatorLabel(row.indicatorId),
                                       field: "target Triwulan IV", path: "$.actionPlan[\(r)].quarters[3]"),
                           "Target Triwulan IV \(fourth) berbeda dengan target tahunan \(ReviewContext.agreementLabel(pk)) (\(promised)).",
                           expected: promised.description, found: fourth.description)
        }
    }
}
