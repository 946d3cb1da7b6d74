/// An indicator's target stated in the narrative or a secondary table that differs from the PK's
/// (Asahan: Keterbukaan Informasi 85 % in BAB III.B against 100 % in the PK; its RAK's 70 % for a PK 75 %).
public struct ClaimTargetCheck: ReviewCheck {
    public let code = "CROSS-CLAIM-TARGET"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Target indikator yang disebut di narasi, tabel lain atau lampiran sama dengan target Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.report.claims.enumerated().compactMap { index, claim in
            guard let id = claim.indicatorId, let text = claim.target, let indicator = context.officeYear.indicator(id),
                  let stated = try? MeasureValue.parse(text), let expected = context.referenceTarget(for: id),
                  ValueComparison.same(stated, expected, for: indicator) == false else { return nil }
            return finding(ReviewPlace(table: claim.location, row: context.indicatorLabel(id), field: "target",
                                       path: "$.report.claims[\(index)].target"),
                           "Target \(context.indicatorName(id)) tertulis \(ReviewText.quoted(text)), padahal Perjanjian Kinerja menetapkan \(expected).",
                           expected: expected.description, found: text)
        }
    }
}
