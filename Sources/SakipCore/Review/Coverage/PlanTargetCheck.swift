/// An RKT target that its PK does not repeat, reported on both sides: at the RKT row and at the PK row. An
/// RKT row printed without a target is a difference too. A later PK revision may change a target, so any
/// current PK of either level that holds the indicator with the RKT's target is enough.
public struct PlanTargetCheck: ReviewCheck {
    public let code = "COV-TARGET-RKT"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Target RKT sama dengan target indikator yang sama di Perjanjian Kinerja (dilaporkan di kedua tabel); baris RKT tanpa target juga dilaporkan."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard let (index, pk) = context.planAgreement, let plan = year.annualPlan else { return [] }
        let current = PerformanceAgreement.Level.allCases.compactMap { year.agreements.current($0) }
        var out: [ReviewFinding] = []
        for (r, row) in plan.rows.enumerated() {
            guard let indicator = year.indicator(row.indicatorId), let p = pk.rows.firstIndex(where: { $0.indicatorId == row.indicatorId }) else { continue }
            let promised = pk.rows[p].target
            let planned = row.statedTarget
            if let planned {
                let agreeing = current.contains { other in
                    other.target(indicatorId: row.indicatorId).flatMap { ValueComparison.same(planned, $0, for: indicator) } == true
                }
                guard !agreeing, ValueComparison.same(planned, promised, for: indicator) == false else { continue }
            }
            let label = ReviewContext.agreementLabel(pk)
            let plannedText = planned?.description ?? "tidak tercantum"
            out.append(finding(ReviewPlace(table: "RKT", row: context.indicatorLabel(row.indicatorId), field: "target", path: "$.rkt.rows[\(r)].target"),
                               planned == nil
                                   ? "RKT tidak mencantumkan target untuk \(context.indicatorName(row.indicatorId)), padahal \(label) menetapkan \(promised)."
                                   : "Target RKT \(plannedText) untuk \(context.indicatorName(row.indicatorId)) berbeda dengan target \(label) (\(promised)).",
                               expected: promised.description, found: plannedText))
            out.append(finding(ReviewPlace(table: label, row: context.indicatorLabel(row.indicatorId), field: "target",
                                           path: "$.agreements[\(index)].rows[\(p)].target"),
                               "Target \(label) \(promised) untuk \(context.indicatorName(row.indicatorId)) berbeda dengan RKT (\(plannedText)), tempat target itu berasal.",
                               expected: planned?.description, found: promised.description))
        }
        return out
    }
}
