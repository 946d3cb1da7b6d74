import Foundation

/// The latest DIPA revision's total against the final pagu of the budget table.
public struct RevisionTotalCheck: ReviewCheck {
    public let code = "CROSS-REVISION-TOTAL"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.crossModule
    public let summary = "Total revisi DIPA terakhir sama dengan jumlah pagu tabel realisasi anggaran."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let budget = context.officeYear.budget
        guard let total = context.budgetTotal, let latest = budget.revisions.latest, let amount = latest.total,
              amount != total.pagu, let index = budget.revisions.firstIndex(of: latest) else { return [] }
        return [finding(ReviewPlace(table: "Revisi DIPA", row: latest.name, field: "total", path: "$.budget.revisions[\(index)].total"),
                        "\(latest.name) bernilai \(ReviewText.rupiah(amount)), padahal jumlah pagu tabel anggaran \(ReviewText.rupiah(total.pagu)).",
                        expected: ReviewText.rupiah(total.pagu), found: ReviewText.rupiah(amount))]
    }
}
