import Foundation

extension Logistics {
    /// The printed "Jumlah" line of the needs table (Tabel 1).
    public struct NeedsTotal: Hashable, Sendable {
        /// Total volume as printed.
        public var quantity: Int?
        /// Total pagu as printed, in rupiah.
        public var pagu: Decimal?

        public init(quantity: Int? = nil, pagu: Decimal? = nil) {
            self.quantity = quantity
            self.pagu = pagu
        }
    }

    /// The printed "Jumlah" line of the procurement table (Tabel 2), in rupiah.
    public struct ProcurementTotal: Hashable, Sendable {
        public var pagu: Decimal?
        public var hps: Decimal?
        public var contract: Decimal?
        public var efficiency: Decimal?

        public init(pagu: Decimal? = nil, hps: Decimal? = nil, contract: Decimal? = nil, efficiency: Decimal? = nil) {
            self.pagu = pagu
            self.hps = hps
            self.contract = contract
            self.efficiency = efficiency
        }
    }
}
