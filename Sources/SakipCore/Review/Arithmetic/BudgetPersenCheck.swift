import Foundation

/// A printed persen (absorption) that is not realisasi / pagu × 100 of its row, under the same rule as the sisa;
/// a persen off only in its last digit's rounding is left to ``RoundingCheck``.
public struct BudgetPersenCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-PERSEN"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Persen penyerapan yang tertulis = realisasi / pagu × 100 (baris anggaran, jumlah, riwayat, dan narasi)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let reconciled = context.budgetIssues(of: nil, fields: [.persen]).filter { !$0.rounding }.map { finding($0) }
        let others = context.statedBudgetFigures.compactMap { stated -> ReviewFinding? in
            guard let persen = stated.persen, let exact = stated.basis.persen,
                  PrintedComparison.compare(persen, with: exact) == .mismatch else { return nil }
            return finding(stated.place(field: "persen", path: stated.persenPath),
                           "Persen tertulis \(ReviewText.quoted(persen)), padahal realisasi \(ReviewText.rupiah(stated.basis.realisasi)) / pagu \(ReviewText.rupiah(stated.basis.pagu)) × 100 = \(ReviewText.percent(exact)).",
                           expected: ReviewText.percent(exact), found: persen, alternatives: stated.alternatives(forPersen: persen))
        }
        return reconciled + others
    }
}
