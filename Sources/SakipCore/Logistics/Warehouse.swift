/// A logistics warehouse of the office (Pagar Alam Tabel 7 "Kondisi Gudang Logistik"): its ownership,
/// lease or loan period and condition.
public struct Warehouse: Hashable, Sendable {
    /// How the office holds the warehouse.
    public enum Ownership: String, CaseIterable, Sendable {
        /// Milik KPU.
        case milik
        /// Borrowed (pinjam pakai).
        case pinjam
        /// Rented.
        case sewa

        /// "milik KPU", "pinjam", "sewa".
        public var label: String {
            switch self {
            case .milik: "milik KPU"
            case .pinjam: "pinjam"
            case .sewa: "sewa"
            }
        }
    }

    /// The warehouse's condition as the table classes it.
    public enum Condition: String, CaseIterable, Sendable {
        case memadai
        case kurangMemadai

        /// "memadai", "kurang memadai".
        public var label: String {
            switch self {
            case .memadai: "memadai"
            case .kurangMemadai: "kurang memadai"
            }
        }
    }

    public var name: String?
    public var address: String?
    /// The size as written ("7 x 12 m").
    public var size: String?
    public var ownership: Ownership
    /// Duration of the lease or loan in months (jangka waktu); not for a warehouse the office owns.
    public var months: Int?
    public var condition: Condition

    public init(name: String? = nil, address: String? = nil, size: String? = nil, ownership: Ownership, months: Int? = nil,
                condition: Condition) {
        self.name = name
        self.address = address
        self.size = size
        self.ownership = ownership
        self.months = months
        self.condition = condition
    }
}
