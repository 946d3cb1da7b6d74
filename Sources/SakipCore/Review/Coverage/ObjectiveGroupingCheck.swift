/// A measured indicator grouped under another sasaran than the PK's, which changes the sasaran means.
public struct ObjectiveGroupingCheck: ReviewCheck {
    public let code = "COV-OBJECTIVE"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Indikator di tabel pengukuran berada di bawah sasaran yang sama dengan di Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let (_, pk) = context.governing else { return [] }
        return context.officeYear.measurement.rows.enumerated().compactMap { r, row in
            guard let stated = row.objectiveId,
                  let promised = pk.rows.first(where: { $0.indicatorId == row.indicatorId })?.objectiveId,
                  stated != promised else { return nil }
            return finding(ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(row.indicatorId),
                                       field: "sasaran", path: "$.measurement.rows[\(r)].objectiveId"),
                           "\(context.indicatorName(row.indicatorId).capitalizedFirst) dikelompokkan di \(context.objectiveName(stated)), padahal di \(ReviewContext.agreementLabel(pk)) ada di \(context.objectiveName(promised)).",
                           expected: promised, found: stated)
        }
    }
}
