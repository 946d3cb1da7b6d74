import Foundation

/// One row of a DPT recap (Pagar Alam Tabel 3.3): a kecamatan, or a kelurahan/desa within it.
public struct DPTRow: Hashable, Sendable {
    /// The kecamatan or kelurahan/desa.
    public var area: String
    /// "Jumlah Desa/Kel" as printed, for a kecamatan row.
    public var villageCount: Int?
    /// Number of TPS.
    public var tps: Int
    public var voters: VoterCount
    /// The L+P the document prints, kept to be checked against L + P.
    public var statedTotal: Int?
    /// The kelurahan/desa rows of a kecamatan, when the document gives them.
    public var subareas: [DPTRow]

    public init(area: String, villageCount: Int? = nil, tps: Int, voters: VoterCount, statedTotal: Int? = nil, subareas: [DPTRow] = []) {
        self.area = area
        self.villageCount = villageCount
        self.tps = tps
        self.voters = voters
        self.statedTotal = statedTotal
        self.subareas = subareas
    }

    /// Voters per TPS, exact; nil when the row has no TPS.
    public var votersPerTPS: Decimal? {
        tps > 0 ? Decimal(voters.total) / Decimal(tps) : nil
    }
}
