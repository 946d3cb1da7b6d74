/// One row of the transport table (Pagar Alam Tabel 5): a mode and how many vehicles served each leg.
public struct TransportRow: Hashable, Sendable {
    /// "Mobil Truck", "Sepeda Motor/ Sepeda Kayuh".
    public var mode: String
    /// KPU → PPK, PPK → PPS, PPS → TPS.
    public var ppk: Int?
    public var pps: Int?
    public var tps: Int?

    public init(mode: String, ppk: Int? = nil, pps: Int? = nil, tps: Int? = nil) {
        self.mode = mode
        self.ppk = ppk
        self.pps = pps
        self.tps = tps
    }
}
