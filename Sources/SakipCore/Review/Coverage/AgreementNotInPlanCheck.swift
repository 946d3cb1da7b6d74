/// A PK indicator that the RKT it is drawn from leaves out.
public struct AgreementNotInPlanCheck: ReviewCheck {
    public let code = "COV-PK-NOT-IN-RKT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.coverage
    public let summary = "Setiap indikator Perjanjian Kinerja ada di RKT tahun yang sama."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard !context.officeYear.partial, let (index, pk) = context.planAgreement,
              let plan = context.officeYear.annualPlan else { return [] }
        let planned = Set(plan.rows.map(\.indicatorId))
        return pk.rows.enumerated().compactMap { r, row in
            guard !planned.contains(row.indicatorId) else { return nil }
            return finding(ReviewPlace(table: ReviewContext.agreementLabel(pk), row: context.indicatorLabel(row.indicatorId),
                                       field: "indikator", path: "$.agreements[\(index)].rows[\(r)].indicatorId"),
                           "\(context.indicatorName(row.indicatorId).capitalizedFirst) ada di \(ReviewContext.agreementLabel(pk)) (target \(row.target)) tetapi tidak ada di RKT.",
                           expected: "indikator RKT", found: "hanya di \(ReviewContext.agreementLabel(pk))")
        }
    }
}
