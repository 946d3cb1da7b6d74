/// One row of the receipt and sorting table (Pagar Alam Tabel 6): an item with what was ordered,
/// received, found good and damaged, and the shortage requested with its dates.
public struct SortingRow: Hashable, Sendable {
    /// The logistics item ("Surat Suara Walikota dan Wakil Walikota").
    public var item: String
    /// Its unit ("Lembar", "Buah").
    public var unit: String?
    public var ordered: Int
    public var received: Int
    public var good: Int
    public var damaged: Int
    /// Shortage or damaged items requested for replacement, as printed.
    public var requested: Int?
    public var requestDate: CalendarDate?
    /// When the replacement arrived.
    public var fulfilledDate: CalendarDate?

    public init(item: String, unit: String? = nil, ordered: Int, received: Int, good: Int, damaged: Int, requested: Int? = nil,
                requestDate: CalendarDate? = nil, fulfilledDate: CalendarDate? = nil) {
        self.item = item
        self.unit = unit
        self.ordered = ordered
        self.received = received
        self.good = good
        self.damaged = damaged
        self.requested = requested
        self.requestDate = requestDate
        self.fulfilledDate = fulfilledDate
    }

    /// Ordered − received when positive (kurang kirim).
    public var shortage: Int { max(ordered - received, 0) }
    /// Received − ordered when positive (lebih kirim).
    public var surplus: Int { max(received - ordered, 0) }
    /// Sorting must account for every item received: good + damaged = received.
    public var isReconciled: Bool { good + damaged == received }
    /// Good items plus the requested replacement cover the order.
    public var isFulfilled: Bool { good + (requested ?? 0) >= ordered }
}
