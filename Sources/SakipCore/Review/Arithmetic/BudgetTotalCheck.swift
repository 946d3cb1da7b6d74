import Foundation

/// The grand total row as printed against the sum of the programs.
public struct BudgetTotalCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah tabel anggaran (pagu, realisasi) sama dengan jumlah seluruh program."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let budget = context.officeYear.budget
        guard !budget.tree.lines.isEmpty else { return [] }
        let total = budget.tree.total
        return [("pagu", budget.printedTotal.pagu, total.pagu), ("realisasi", budget.printedTotal.realisasi, total.realisasi)]
            .compactMap { field, stated, expected in
                guard let stated, stated != expected else { return nil }
                return finding(ReviewPlace(table: ReviewContext.budgetTable, row: "Jumlah", field: field, path: "$.budget.printedTotal.\(field)"),
                               "Jumlah \(field) tertulis \(ReviewText.rupiah(stated)), padahal jumlah seluruh program \(ReviewText.rupiah(expected)) (selisih \(ReviewText.rupiah(stated - expected))).",
                               expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(stated))
            }
    }
}
