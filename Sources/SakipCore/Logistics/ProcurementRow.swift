import Foundation

/// One row of the procurement table (Pagar Alam Tabel 2 "Proses Pengadaan Logistik"): an item with its
/// budget (pagu), owner's estimate (HPS), contract value, method and who procures it.
///
/// The efficiency is computed, never typed: pagu − contract, and as a share of the pagu. What a document
/// printed for them is kept in ``printed`` to be checked.
public struct ProcurementRow: Hashable, Sendable {
    /// The efficiency figures as a document printed them (kolom 6 and 7), never used to compute.
    public struct Printed: Hashable, Sendable {
        /// Efficiency in rupiah as printed.
        public var efficiency: Decimal?
        /// Efficiency percentage exactly as printed ("79,07 %"; Pagar Alam prints "Rp25.957").
        public var efficiencyPercent: String?

        public init(efficiency: Decimal? = nil, efficiencyPercent: String? = nil) {
            self.efficiency = efficiency
            self.efficiencyPercent = efficiencyPercent
        }

        /// Whether nothing was printed.
        public var isEmpty: Bool { efficiency == nil && efficiencyPercent == nil }
    }

    /// The logistics item.
    public var item: String
    /// Pagu anggaran in rupiah.
    public var pagu: Decimal?
    /// Harga Perkiraan Sendiri in rupiah.
    public var hps: Decimal?
    /// Nilai kontrak in rupiah.
    public var contract: Decimal?
    /// Metode pengadaan ("Mini Kompetisi", "E-Purchasing", "Tender").
    public var method: String?
    /// Pembagian pengadaan: who procures the item ("KPU Provinsi Sumatera Selatan").
    public var share: String?
    /// Penyedia: the contracted supplier.
    public var supplier: String?
    public var printed: Printed

    public init(item: String, pagu: Decimal? = nil, hps: Decimal? = nil, contract: Decimal? = nil, method: String? = nil,
                share: String? = nil, supplier: String? = nil, printed: Printed = Printed()) {
        self.item = item
        self.pagu = pagu
        self.hps = hps
        self.contract = contract
        self.method = method
        self.share = share
        self.supplier = supplier
        self.printed = printed
    }

    /// Pagu − contract value; nil unless both are known. Negative when the contract exceeds the pagu.
    public var efficiency: Decimal? {
        guard let pagu, let contract else { return nil }
        return pagu - contract
    }

    /// Efficiency / pagu × 100, exact; nil when the efficiency is unknown or the pagu is zero.
    public var efficiencyPercent: Decimal? {
        guard let efficiency, let pagu, pagu != 0 else { return nil }
        return efficiency / pagu * 100
    }
}
