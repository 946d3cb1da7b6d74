import Foundation

/// A parent line of the DIPA tree (program, kegiatan, KRO) whose printed pagu or realisasi the evidence
/// contradicts: the sum of its children, its own printed sisa and persen, and the narrative's figures for it.
public struct BudgetParentCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-PARENT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Pagu dan realisasi baris induk anggaran (program, kegiatan, KRO) sama dengan jumlah rinciannya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.budgetIssues(of: .parent, fields: [.pagu, .realisasi]).map { finding($0) }
    }
}

extension ReviewCheck {
    /// The finding of a budget issue.
    func finding(_ issue: BudgetIssue) -> ReviewFinding {
        finding(issue.place, issue.message, expected: issue.expected, found: issue.found, alternatives: issue.alternatives)
    }
}

extension ReviewContext {
    /// The budget issues of one kind of source and some fields.
    func budgetIssues(of kind: BudgetSource.Kind?, fields: Set<BudgetIssue.Field>) -> [BudgetIssue] {
        budgetIssues.filter { issue in
            guard fields.contains(issue.field) else { return false }
            guard let kind else { return true }
            if case .claim = kind, case .claim = issue.source.kind { return true }
            return issue.source.kind == kind
        }
    }
}
