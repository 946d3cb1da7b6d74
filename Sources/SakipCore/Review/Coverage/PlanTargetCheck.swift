/// An RKT target that no current PK holding the indicator agrees with. The RKT and the PK of a year
/// state the same targets; a later PK revision may change them, so any current revision agreeing is enough.
public struct PlanTargetCheck: ReviewCheck {
    public let code = "COV-TARGET-RKT"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Target RKT sama dengan target indikator yang sama di Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let current = PerformanceAgreement.Level.allCases.compactMap { year.agreements.current($0) }
        return (year.annualPlan?.rows ?? []).enumerated().compactMap { r, row in
            guard let indicator = year.indicator(row.indicatorId) else { return nil }
            let promised = current.compactMap { pk in pk.target(indicatorId: row.indicatorId).map { (pk, $0) } }
            guard !promised.isEmpty else { return nil }
            let verdicts = promised.map { ValueComparison.same(row.target, $0.1, for: indicator) }
            guard !verdicts.contains(true), !verdicts.contains(nil) else { return nil }
            let stated = promised.map { "\(ReviewContext.agreementLabel($0.0)) \($0.1)" }.joined(separator: ", ")
            return finding(ReviewPlace(table: "RKT", row: context.indicatorLabel(row.indicatorId), field: "target", path: "$.rkt.rows[\(r)].target"),
                           "Target RKT \(row.target) berbeda dengan target Perjanjian Kinerja (\(stated)).",
                           expected: promised[0].1.description, found: row.target.description)
        }
    }
}
