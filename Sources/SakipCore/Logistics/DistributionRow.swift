/// One row of the distribution table to TPS (Pagar Alam Tabel 4): a kelurahan/desa with its TPS,
/// the boxes and bags sent, the dates and the transport.
public struct DistributionRow: Hashable, Sendable {
    /// The kelurahan/desa.
    public var area: String
    /// Its kecamatan, to compare with the DPT recap.
    public var district: String?
    public var tps: Int
    /// Kotak suara berisi logistik.
    public var boxes: Int
    /// Kantong plastik berisi logistik.
    public var bags: Int
    public var sent: CalendarDate?
    public var arrived: CalendarDate?
    /// "Truck, Pick up dan Motor".
    public var transport: String?

    public init(area: String, district: String? = nil, tps: Int, boxes: Int, bags: Int, sent: CalendarDate? = nil,
                arrived: CalendarDate? = nil, transport: String? = nil) {
        self.area = area
        self.district = district
        self.tps = tps
        self.boxes = boxes
        self.bags = bags
        self.sent = sent
        self.arrived = arrived
        self.transport = transport
    }
}
