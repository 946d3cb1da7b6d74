import Foundation

/// The needs table's printed total (volume, pagu) equals the sum of its rows.
public struct NeedsTotalCheck: ReviewCheck {
    public let code = "ARITH-NEEDS-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah tabel kebutuhan logistik (volume, pagu) sama dengan jumlah baris-barisnya."

    public init() {}

    static let table = "Kebutuhan logistik"

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics, let total = logistics.needsTotal, !logistics.needs.isEmpty else { return [] }
        var out: [ReviewFinding] = []
        if let printed = total.quantity, printed != logistics.needsQuantity {
            out.append(finding(ReviewPlace(table: Self.table, row: "Jumlah", field: "volume", path: "$.logistics.needsTotal.quantity"),
                               "\(Self.table): jumlah volume tertulis \(IndonesianFormat.count(printed)), padahal jumlah baris-barisnya \(IndonesianFormat.count(logistics.needsQuantity)).",
                               expected: IndonesianFormat.count(logistics.needsQuantity), found: IndonesianFormat.count(printed)))
        }
        if let printed = total.pagu, printed != logistics.needsPagu {
            out.append(finding(ReviewPlace(table: Self.table, row: "Jumlah", field: "pagu", path: "$.logistics.needsTotal.pagu"),
                               "\(Self.table): jumlah pagu tertulis \(ReviewText.rupiah(printed)), padahal jumlah baris-barisnya \(ReviewText.rupiah(logistics.needsPagu)).",
                               expected: ReviewText.rupiah(logistics.needsPagu), found: ReviewText.rupiah(printed)))
        }
        return out
    }
}
