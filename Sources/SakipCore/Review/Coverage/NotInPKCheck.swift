/// A measured indicator that is not in the governing PK: the LKj measures what the PK promised.
public struct NotInPKCheck: ReviewCheck {
    public let code = "COV-NOT-IN-PK"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.coverage
    public let summary = "Setiap indikator di tabel pengukuran adalah indikator Perjanjian Kinerja yang berlaku."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let (_, pk) = context.governing else { return [] }
        let promised = Set(pk.rows.map(\.indicatorId))
        return context.officeYear.measurement.rows.enumerated().compactMap { r, row in
            guard !promised.contains(row.indicatorId) else { return nil }
            return finding(ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(row.indicatorId),
                                       field: "indikator", path: "$.measurement.rows[\(r)].indicatorId"),
                           "\(context.indicatorName(row.indicatorId).capitalizedFirst) diukur di tabel pengukuran tetapi tidak ada di \(ReviewContext.agreementLabel(pk)).",
                           expected: "indikator \(ReviewContext.agreementLabel(pk))", found: row.indicatorId)
        }
    }
}
