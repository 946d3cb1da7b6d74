import Foundation

/// A detail line of the DIPA tree whose pagu or realisasi its own printed sisa and persen, or the narrative's
/// figures for the same code, contradict: the line is the culprit, not the totals above it.
public struct BudgetLineCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-LINE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Pagu dan realisasi baris rincian anggaran sesuai dengan sisa dan persen yang tertulis di barisnya serta angka narasi untuk kode yang sama."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.budgetIssues(of: .leaf, fields: [.pagu, .realisasi]).map { finding($0) }
    }
}
