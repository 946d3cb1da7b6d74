/// A delivery from the supplier that arrived before it was sent (Pagar Alam Tabel 3: formulir sent
/// 16 November 2024, arrived 20 Oktober 2024): one of the two dates is wrong.
public struct DeliveryDatesCheck: ReviewCheck {
    public let code = "LOGIC-DELIVERY-DATES"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Logistik dari penyedia tidak tiba sebelum tanggal pengirimannya."

    public init() {}

    static let table = "Pengiriman logistik dari penyedia"

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics else { return [] }
        return logistics.deliveries.enumerated().compactMap { i, row in
            guard row.arrivesBeforeSent, let sent = row.sent, let arrived = row.arrived else { return nil }
            return finding(ReviewPlace(table: Self.table, row: row.item, field: "tanggal tiba", path: "$.logistics.deliveries[\(i)].arrived"),
                           "\(Self.table), \(row.item): tiba \(IndonesianDate.format(arrived)), sebelum tanggal pengirimannya \(IndonesianDate.format(sent)).",
                           expected: "pada atau setelah \(IndonesianDate.format(sent))", found: IndonesianDate.format(arrived))
        }
    }
}
