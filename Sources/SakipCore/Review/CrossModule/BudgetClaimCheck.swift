import Foundation

/// A budget figure stated in the narrative that differs from the budget table's line with the same code
/// (Pematangsiantar: output 6867 realised Rp 13.308.074.717 in the narrative, Rp 13.155.812.217 in Tabel 3.3).
public struct BudgetClaimCheck: ReviewCheck {
    public let code = "CROSS-BUDGET-CLAIM"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Pagu dan realisasi yang disebut di narasi sama dengan baris tabel anggaran berkode sama."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let tree = context.officeYear.budget.tree
        return context.officeYear.report.claims.enumerated().flatMap { index, claim -> [ReviewFinding] in
            // A claim for an RO the tree does not go down to cannot be compared with a line.
            guard let code = claim.budgetCode, let line = tree.line(code: code.full) else { return [] }
            let figures = line.figures
            return [("pagu", "pagu", claim.pagu, figures.pagu), ("realisasi", "realisasi", claim.realisasi, figures.realisasi)]
                .compactMap { field, key, stated, expected in
                    guard let stated, stated != expected else { return nil }
                    return finding(ReviewPlace(table: claim.location, row: claim.label ?? code.full, field: field,
                                               path: "$.report.claims[\(index)].\(key)"),
                                   "\(field.capitalized) \(code.full) tertulis \(ReviewText.rupiah(stated)), padahal tabel anggaran mencatat \(ReviewText.rupiah(expected)) (selisih \(ReviewText.rupiah(stated - expected))).",
                                   expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(stated))
                }
        }
    }
}
