/// A target the measurement table states that differs from the PK's: the LKj measures against the PK.
public struct TableTargetCheck: ReviewCheck {
    public let code = "COV-TARGET-TABLE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.coverage
    public let summary = "Target di tabel pengukuran sama dengan target Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let (_, pk) = context.governing else { return [] }
        return context.officeYear.measurement.rows.enumerated().compactMap { r, row in
            guard let stated = row.target, let promised = pk.target(indicatorId: row.indicatorId),
                  let indicator = context.officeYear.indicator(row.indicatorId),
                  ValueComparison.same(stated, promised, for: indicator) == false else { return nil }
            return finding(ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(row.indicatorId),
                                       field: "target", path: "$.measurement.rows[\(r)].target"),
                           "Target tertulis \(stated), padahal \(ReviewContext.agreementLabel(pk)) menetapkan \(promised).",
                           expected: promised.description, found: stated.description)
        }
    }
}
