import Foundation

/// A DPT row's TPS count is plausible for its voters: between 50 and 600 voters per TPS.
///
/// The rule: PKPU caps a TPS at 600 voters for the 2024 Pemilihan (300 for the 2024 Pemilu), so more
/// than 600 per TPS means too few TPS; fewer than 50 per TPS means a TPS count far too large for the
/// area (Pagar Alam's Dempo Tengah: 11.519 voters and 950 TPS, 12 voters per TPS; the total line implies 29).
public struct TPSVotersCheck: ReviewCheck {
    public let code = "LOGIC-TPS-VOTERS"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Jumlah TPS masuk akal untuk jumlah pemilihnya: 50 sampai 600 pemilih per TPS."

    /// The plausible range of voters per TPS.
    public static let minimum: Decimal = 50
    public static let maximum: Decimal = 600

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for (e, event) in context.officeYear.elections.enumerated() {
            let table = "\(event.dpt.location ?? "Rekapitulasi DPT") \(event.name)"
            func visit(_ row: DPTRow, _ path: String) {
                if let perTPS = row.votersPerTPS, perTPS < Self.minimum || perTPS > Self.maximum {
                    let shown = IndonesianFormat.number(perTPS, fractionDigits: 1)
                    let side = perTPS < Self.minimum ? "terlalu banyak" : "terlalu sedikit"
                    out.append(finding(ReviewPlace(table: table, row: row.area, field: "jumlah TPS", path: "\(path).tps"),
                                       "\(table), \(row.area): \(IndonesianFormat.count(row.tps)) TPS untuk \(IndonesianFormat.count(row.voters.total)) pemilih = \(shown) pemilih per TPS, di luar 50–600; jumlah TPS \(side).",
                                       expected: "50–600 pemilih per TPS", found: "\(shown) pemilih per TPS"))
                }
                for (j, sub) in row.subareas.enumerated() { visit(sub, "\(path).subareas[\(j)]") }
            }
            for (i, row) in event.dpt.rows.enumerated() { visit(row, "$.elections[\(e)].dpt.rows[\(i)]") }
        }
        return out
    }
}
