/// An indicator's realisation stated twice with different values (Asahan: disability participation 70 %
/// in one table, 100 % in another; Pagar Alam: 15 revisions in BAB III, 12 in BAB IV).
public struct ClaimRealisationCheck: ReviewCheck {
    public let code = "CROSS-CLAIM-REALISATION"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Realisasi indikator yang disebut di narasi atau tabel lain sama dengan realisasi di tabel pengukuran."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.report.claims.enumerated().compactMap { index, claim in
            guard let id = claim.indicatorId, let text = claim.realisation, let indicator = context.officeYear.indicator(id),
                  let stated = try? MeasureValue.parse(text), let expected = context.referenceRealisation(for: id),
                  ValueComparison.same(stated, expected, for: indicator) == false else { return nil }
            return finding(ReviewPlace(table: claim.location, row: context.indicatorLabel(id), field: "realisasi",
                                       path: "$.report.claims[\(index)].realisation"),
                           "Realisasi \(context.indicatorName(id)) tertulis \(ReviewText.quoted(text)), padahal \(context.input(for: id)?.realisation != nil ? "tabel pengukuran kinerja" : "realisasi yang tercatat") mencatat \(expected).",
                           expected: expected.description, found: text)
        }
    }
}
