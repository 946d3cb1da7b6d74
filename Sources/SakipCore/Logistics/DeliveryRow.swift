/// One row of the production and delivery table (Pagar Alam Tabel 3 "Produksi dan Pendistribusian Logistik
/// dari Penyedia"): an item the supplier sent to the KPU office, with its packages, dates and transport.
public struct DeliveryRow: Hashable, Sendable {
    /// The logistics item.
    public var item: String
    /// Jumlah kemasan.
    public var packages: Int?
    /// Tanggal pengiriman: when the supplier sent it.
    public var sent: CalendarDate?
    /// Tanggal ketibaan: when it arrived at the office's warehouse.
    public var arrived: CalendarDate?
    /// Mode angkutan ("Truck", "Mobil JNT").
    public var transport: String?
    /// The supplier (penyedia) that delivered it.
    public var supplier: String?

    public init(item: String, packages: Int? = nil, sent: CalendarDate? = nil, arrived: CalendarDate? = nil, transport: String? = nil,
                supplier: String? = nil) {
        self.item = item
        self.packages = packages
        self.sent = sent
        self.arrived = arrived
        self.transport = transport
        self.supplier = supplier
    }

    /// Whether the row says the item arrived before it was sent: a contradiction in the data.
    public var arrivesBeforeSent: Bool {
        guard let sent, let arrived else { return false }
        return arrived.isSurelyBefore(sent)
    }

    /// Whether the item arrived on or before a day (the election day); nil when it has no arrival date.
    public func isOnTime(by day: CalendarDate) -> Bool? {
        arrived.map { $0 <= day }
    }
}
