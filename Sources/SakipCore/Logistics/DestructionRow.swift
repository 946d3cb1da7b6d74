/// One row of the destruction table (Pagar Alam Tabel 8 "Pemusnahan Kelebihan Surat Suara"): surplus or
/// damaged ballots of one kind destroyed, with the date and the berita acara that records it.
public struct DestructionRow: Hashable, Sendable {
    /// The ballot kind ("Surat Suara Pemilihan Walikota dan Wakil Walikota").
    public var item: String
    /// How many were destroyed (lembar).
    public var count: Int
    public var date: CalendarDate?
    /// The berita acara number.
    public var reference: String?

    public init(item: String, count: Int, date: CalendarDate? = nil, reference: String? = nil) {
        self.item = item
        self.count = count
        self.date = date
        self.reference = reference
    }
}
