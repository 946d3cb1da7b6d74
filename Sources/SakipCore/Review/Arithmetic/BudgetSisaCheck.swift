import Foundation

/// A printed sisa that is not pagu − realisasi of its row. One rule wherever a sisa is printed (a line, the
/// total, a narrative claim): the row's pagu and realisasi are the ones the evidence supports, and a sisa that
/// only follows from its row's own wrong pagu or realisasi is reported with that figure.
public struct BudgetSisaCheck: ReviewCheck {
    public let code = "ARITH-BUDGET-SISA"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Sisa anggaran yang tertulis = pagu − realisasi (baris anggaran, jumlah, dan angka anggaran di narasi)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let reconciled = context.budgetIssues(of: nil, fields: [.sisa]).map { finding($0) }
        let others = context.statedBudgetFigures.compactMap { stated -> ReviewFinding? in
            guard let sisa = stated.sisa, sisa != stated.basis.sisa else { return nil }
            let expected = stated.basis.sisa
            return finding(stated.place(field: "sisa", path: stated.sisaPath),
                           "Sisa tertulis \(ReviewText.rupiah(sisa)), padahal pagu \(ReviewText.rupiah(stated.basis.pagu)) − realisasi \(ReviewText.rupiah(stated.basis.realisasi)) = \(ReviewText.rupiah(expected)).",
                           expected: ReviewText.rupiah(expected), found: ReviewText.rupiah(sisa), alternatives: stated.alternatives(forSisa: sisa))
        }
        return reconciled + others
    }
}
