/// A count a document states in its narrative ("motor sebanyak 248 buah", "DPT sebanyak 107.916 orang"),
/// kept to be checked against the table it should agree with.
public struct StatedCount: Hashable, Sendable {
    /// What the stated count counts, and so which table figure it must equal.
    public enum Figure: String, CaseIterable, Sendable {
        /// Voters on the DPT (sum of the recap rows).
        case dptVoters
        /// TPS (sum of the recap rows).
        case tps
        /// Ballot boxes distributed (sum of the distribution rows).
        case boxes
        /// Logistics bags distributed (sum of the distribution rows).
        case bags
        /// Vehicles from KPU to PPK, PPK to PPS and PPS to TPS (the transport table's columns).
        case transportPPK, transportPPS, transportTPS

        /// Indonesian name of the counted thing.
        public var label: String {
            switch self {
            case .dptVoters: "pemilih DPT"
            case .tps: "TPS"
            case .boxes: "kotak suara"
            case .bags: "kantong logistik"
            case .transportPPK: "kendaraan KPU ke PPK"
            case .transportPPS: "kendaraan PPK ke PPS"
            case .transportTPS: "kendaraan PPS ke TPS"
            }
        }
    }

    /// Where the count is stated ("BAB III.B.22 narasi").
    public var location: String
    public var text: String?
    public var figure: Figure
    public var count: Int

    public init(location: String, text: String? = nil, figure: Figure, count: Int) {
        self.location = location
        self.text = text
        self.figure = figure
        self.count = count
    }
}
