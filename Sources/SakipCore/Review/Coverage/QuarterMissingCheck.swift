/// Quarters without a realisation for a PK indicator, up to the quarter the review date calls for. Only when
/// the file carries quarterly realisations at all (a file typed from a finished LKj has only year values),
/// and never for a quarter the RAK leaves without a target on purpose (an indicator measured once a year).
public struct QuarterMissingCheck: ReviewCheck {
    public let code = "COV-QUARTER-MISSING"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Realisasi triwulanan setiap indikator PK terisi sampai triwulan yang dilaporkan, kecuali triwulan yang sengaja dikosongkan di RAK."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard !year.realisations.isEmpty, !year.partial else { return [] }
        let through = year.report.date.map(year.referenceQuarter(on:)) ?? .fourth
        return year.missingRealisations(through: through).compactMap { missing in
            let plan = year.actionPlan.first { $0.indicatorId == missing.indicator.id }
            let quarters = missing.quarters.filter { quarter in plan.map { $0.target(for: quarter) != nil } ?? true }
            guard !quarters.isEmpty else { return nil }
            let names = quarters.map(\.name).joined(separator: ", ")
            return finding(ReviewPlace(table: "Realisasi triwulanan", row: context.indicatorLabel(missing.indicator.id), field: "triwulan",
                                       path: "$.realisations"),
                           "Realisasi \(names) untuk \(context.indicatorName(missing.indicator.id)) belum diisi (dilaporkan sampai \(through.name)).",
                           expected: "terisi sampai \(through.name)", found: "kosong: \(names)")
        }
    }
}
