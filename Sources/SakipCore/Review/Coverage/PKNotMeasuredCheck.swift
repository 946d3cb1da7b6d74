/// An indicator of the governing PK that the measurement table never measures. The LKj must account for
/// every PK indicator, if only to say why it is not measured this year.
public struct PKNotMeasuredCheck: ReviewCheck {
    public let code = "COV-PK-NOT-MEASURED"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.coverage
    public let summary = "Setiap indikator Perjanjian Kinerja ada di tabel pengukuran (diukur, atau dinyatakan tidak diukur dengan alasannya)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let rows = context.officeYear.measurement.rows
        // An excerpt of the measurement table does not show every row.
        guard let (index, pk) = context.governing, !rows.isEmpty, !context.officeYear.partial else { return [] }
        let measured = Set(rows.map(\.indicatorId))
        return pk.rows.enumerated().compactMap { r, row in
            guard !measured.contains(row.indicatorId) else { return nil }
            return finding(ReviewPlace(table: ReviewContext.agreementLabel(pk), row: context.indicatorLabel(row.indicatorId),
                                       field: "indikator", path: "$.agreements[\(index)].rows[\(r)]"),
                           "\(context.indicatorName(row.indicatorId).capitalizedFirst) ada di \(ReviewContext.agreementLabel(pk)) (target \(row.target)) tetapi tidak ada di tabel pengukuran kinerja.",
                           expected: "diukur di tabel pengukuran", found: "tidak diukur")
        }
    }
}
