/// An RKT indicator that its PK leaves out: the PK is drawn from the RKT (PermenPANRB 53/2014), so both list
/// the same indicators.
public struct PlanNotInAgreementCheck: ReviewCheck {
    public let code = "COV-RKT-NOT-IN-PK"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.coverage
    public let summary = "Setiap indikator RKT ada di Perjanjian Kinerja yang disusun darinya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard !context.officeYear.partial, let (_, pk) = context.planAgreement,
              let plan = context.officeYear.annualPlan else { return [] }
        let promised = Set(pk.rows.map(\.indicatorId))
        return plan.rows.enumerated().compactMap { r, row in
            guard !promised.contains(row.indicatorId) else { return nil }
            return finding(ReviewPlace(table: "RKT", row: context.indicatorLabel(row.indicatorId), field: "indikator",
                                       path: "$.rkt.rows[\(r)].indicatorId"),
                           "\(context.indicatorName(row.indicatorId).capitalizedFirst) ada di RKT (target \(row.statedTarget?.description ?? "tidak tercantum")) tetapi tidak ada di \(ReviewContext.agreementLabel(pk)).",
                           expected: "indikator \(ReviewContext.agreementLabel(pk))", found: "hanya di RKT")
        }
    }
}
