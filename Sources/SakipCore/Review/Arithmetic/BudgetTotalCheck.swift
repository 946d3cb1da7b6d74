import Foundation

/// The grand total row as printed against the evidence: the sum of the programs, the total's own printed
/// sisa and persen, the latest DIPA revision and the realisasi the narrative states.
public struct BudgetTotalCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah tabel anggaran (pagu, realisasi) sama dengan jumlah seluruh program."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.budgetIssues(of: .total, fields: [.pagu, .realisasi]).map { finding($0) }
    }
}
