import Foundation

/// A procurement row's printed efficiency that is not pagu − contract, or a printed efficiency percentage
/// that is not efficiency / pagu × 100 (Pagar Alam Tabel 2 prints contract ÷ 6 in that column). A figure
/// printed for a row that lacks the pagu or the contract cannot be computed and is reported too. A
/// percentage off only in its last digit's rounding is left to ``RoundingCheck``.
public struct ProcurementEfficiencyCheck: ReviewCheck {
    public let code = "ARITH-PROCUREMENT-EFFICIENCY"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Efisiensi pengadaan logistik yang tertulis = pagu − nilai kontrak, dan persentasenya = efisiensi / pagu × 100."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics else { return [] }
        var out: [ReviewFinding] = []
        for (i, row) in logistics.procurement.enumerated() {
            let path = "$.logistics.procurement[\(i)].printed"
            if let printed = row.printed.efficiency {
                let place = ReviewPlace(table: ReviewContext.procurementTable, row: row.item, field: "efisiensi (Rp)", path: "\(path).efficiency")
                if let pagu = row.pagu, let contract = row.contract, let exact = row.efficiency {
                    if printed != exact {
                        out.append(finding(place, "\(ReviewContext.procurementTable), \(row.item): efisiensi tertulis \(ReviewText.rupiah(printed)), padahal pagu \(ReviewText.rupiah(pagu)) − nilai kontrak \(ReviewText.rupiah(contract)) = \(ReviewText.rupiah(exact)).",
                                           expected: ReviewText.rupiah(exact), found: ReviewText.rupiah(printed)))
                    }
                } else if printed != 0 {
                    out.append(finding(place, "\(ReviewContext.procurementTable), \(row.item): efisiensi tertulis \(ReviewText.rupiah(printed)), padahal baris ini tidak memuat \(missing(row)), sehingga efisiensi (pagu − nilai kontrak) tidak dapat dihitung.",
                                       found: ReviewText.rupiah(printed)))
                }
            }
            if let printed = row.printed.efficiencyPercent {
                let place = ReviewPlace(table: ReviewContext.procurementTable, row: row.item, field: "efisiensi (%)", path: "\(path).efficiencyPercent")
                if let exact = row.efficiencyPercent, let efficiency = row.efficiency, let pagu = row.pagu {
                    if PrintedComparison.compareFigure(printed, with: exact) == .mismatch {
                        out.append(finding(place, "\(ReviewContext.procurementTable), \(row.item): persentase efisiensi tertulis \(ReviewText.quoted(printed)), padahal efisiensi \(ReviewText.rupiah(efficiency)) / pagu \(ReviewText.rupiah(pagu)) × 100 = \(ReviewText.percent(exact)).",
                                           expected: ReviewText.percent(exact), found: printed))
                    }
                } else if let value = PrintedComparison.figure(printed), value != 0 {
                    out.append(finding(place, "\(ReviewContext.procurementTable), \(row.item): persentase efisiensi tertulis \(ReviewText.quoted(printed)), padahal baris ini tidak memuat \(missing(row)), sehingga persentase efisiensi (efisiensi / pagu × 100) tidak dapat dihitung.",
                                       found: printed))
                }
            }
        }
        return out
    }

    /// What the row lacks to compute its efficiency.
    private func missing(_ row: ProcurementRow) -> String {
        switch (row.pagu, row.contract) {
        case (nil, nil): "pagu maupun nilai kontrak"
        case (nil, _): "pagu"
        case (_, nil): "nilai kontrak"
        default: "pagu yang bukan nol"
        }
    }
}
