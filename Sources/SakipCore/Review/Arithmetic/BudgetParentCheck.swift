import Foundation

/// A parent line of the DIPA tree whose stated pagu or realisasi is not the sum of its children.
public struct BudgetParentCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-PARENT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Pagu dan realisasi baris induk anggaran (program, kegiatan, KRO) sama dengan jumlah rinciannya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.locatedBudgetLines.flatMap { located -> [ReviewFinding] in
            let line = located.line
            guard !line.isLeaf else { return [] }
            let sum = line.figures
            let row = "\(line.code.full) \(line.name)"
            return [("pagu", line.printed.pagu, sum.pagu), ("realisasi", line.printed.realisasi, sum.realisasi)]
                .compactMap { field, stated, expected in
                    guard let stated, stated != expected else { return nil }
                    return finding(ReviewPlace(table: ReviewContext.budgetTable, row: row, field: field, path: "\(located.path).\(field)"),
                                   "\(field.capitalized) \(line.code.full) tertulis \(ReviewText.rupiah(stated)), padahal jumlah \(line.children.count) rinciannya \(ReviewText.rupiah(expected)) (selisih \(ReviewText.rupiah(stated - expected))).",
                                   expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(stated))
                }
        }
    }
}
