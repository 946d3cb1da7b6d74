/// Quarters without a realisation for a PK indicator, up to the quarter the review date calls for.
/// Only when the file carries quarterly realisations at all: a file typed from a finished LKj has only
/// year values.
public struct QuarterMissingCheck: ReviewCheck {
    public let code = "COV-QUARTER-MISSING"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Realisasi triwulanan setiap indikator PK terisi sampai triwulan yang dilaporkan."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard !year.realisations.isEmpty else { return [] }
        let through = year.report.date.map(year.referenceQuarter(on:)) ?? .fourth
        return year.missingRealisations(through: through).compactMap { missing in
            guard !missing.quarters.isEmpty else { return nil }
            let names = missing.quarters.map(\.name).joined(separator: ", ")
            return finding(ReviewPlace(table: "Realisasi triwulanan", row: context.indicatorLabel(missing.indicator.id), field: "triwulan",
                                       path: "$.realisations"),
                           "Realisasi \(names) untuk indikator \(missing.indicator.id) belum diisi (dilaporkan sampai \(through.name)).",
                           expected: "terisi sampai \(through.name)", found: "kosong: \(names)")
        }
    }
}
