import Foundation

/// A stated sisa that is not pagu − realisasi.
public struct BudgetSisaCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-SISA"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Sisa anggaran yang tertulis = pagu − realisasi (baris anggaran, jumlah, dan angka anggaran di narasi)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.statedBudgetFigures.compactMap { stated in
            guard let sisa = stated.sisa, sisa != stated.basis.sisa else { return nil }
            let expected = stated.basis.sisa
            return finding(stated.place(field: "sisa", path: stated.sisaPath),
                           "Sisa tertulis \(ReviewText.rupiah(sisa)), padahal pagu \(ReviewText.rupiah(stated.basis.pagu)) − realisasi \(ReviewText.rupiah(stated.basis.realisasi)) = \(ReviewText.rupiah(expected)).",
                           expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(sisa))
        }
    }
}
