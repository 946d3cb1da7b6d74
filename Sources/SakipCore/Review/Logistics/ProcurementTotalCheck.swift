import Foundation

/// The procurement table's printed total (pagu, HPS, contract, efficiency) equals the sum of its rows. The
/// efficiency total is the sum of the rows' efficiencies, so a row with a contract but no pagu adds nothing.
public struct ProcurementTotalCheck: ReviewCheck {
    public let code = "ARITH-PROCUREMENT-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah tabel proses pengadaan logistik (pagu, HPS, nilai kontrak, efisiensi) sama dengan jumlah baris-barisnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics, let total = logistics.procurementTotal,
              !logistics.procurement.isEmpty else { return [] }
        let unpaired = logistics.procurement.filter { ($0.pagu == nil) != ($0.contract == nil) }.map(\.item)
        let note = unpaired.isEmpty ? "" : " Baris yang hanya memuat pagu atau hanya nilai kontrak tidak memiliki efisiensi: \(unpaired.joined(separator: ", "))."
        let pairs: [(String, String, Decimal?, Decimal, String)] = [
            ("pagu", "pagu", total.pagu, logistics.procurementPagu, "jumlah baris-barisnya"),
            ("hps", "HPS", total.hps, logistics.procurementHPS, "jumlah baris-barisnya"),
            ("contract", "nilai kontrak", total.contract, logistics.procurementContract, "jumlah baris-barisnya"),
            ("efficiency", "efisiensi", total.efficiency, logistics.procurementEfficiency,
             "jumlah efisiensi baris-baris yang memuat pagu dan nilai kontrak"),
        ]
        return pairs.compactMap { key, noun, printed, sum, basis in
            guard let printed, printed != sum else { return nil }
            return finding(ReviewPlace(table: ReviewContext.procurementTable, row: "Jumlah", field: noun, path: "$.logistics.procurementTotal.\(key)"),
                           "\(ReviewContext.procurementTable): jumlah \(noun) tertulis \(ReviewText.rupiah(printed)), padahal \(basis) \(ReviewText.rupiah(sum)).\(key == "efficiency" ? note : "")",
                           expected: ReviewText.rupiah(sum), found: ReviewText.rupiah(printed))
        }
    }
}
