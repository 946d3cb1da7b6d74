import Foundation

/// A budget figure stated in the narrative for a line of the tree that the evidence contradicts (Pematangsiantar:
/// output 6867 realised Rp 13.308.074.717 in the narrative, Rp 13.155.812.217 in Tabel 3.3, whose sisa, persen and
/// totals all agree with it). When the table's line is the one the evidence contradicts, ``BudgetLineCheck``
/// reports the line instead.
public struct BudgetClaimCheck: ReviewCheck {
    public let code = "CROSS-BUDGET-CLAIM"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Pagu dan realisasi yang disebut di narasi sama dengan baris tabel anggaran berkode sama."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.budgetIssues(of: .claim(0), fields: [.pagu, .realisasi]).map { finding($0) }
    }
}
