import Foundation

/// One row of the needs and budget table (Pagar Alam Tabel 1 "Kebutuhan dan Anggaran Logistik"): an item,
/// the volume needed with its unit, and the budget (pagu) set aside for it.
public struct NeedRow: Hashable, Sendable {
    /// The logistics item ("Kotak Suara", "Surat Suara").
    public var item: String
    /// Its unit ("Buah", "Lembar", "Botol", "Keping").
    public var unit: String?
    /// The volume needed (kolom "jumlah").
    public var quantity: Int
    /// The budget for the item in rupiah, when the table gives one (items bought by the province have none).
    public var pagu: Decimal?

    public init(item: String, unit: String? = nil, quantity: Int, pagu: Decimal? = nil) {
        self.item = item
        self.unit = unit
        self.quantity = quantity
        self.pagu = pagu
    }
}
