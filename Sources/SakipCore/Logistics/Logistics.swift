import Foundation

/// An election's logistics (DOMAIN §7): needs and budget, procurement, deliveries from the suppliers, the
/// receipt and sorting table, the warehouses, the distribution to TPS, the transport, the destruction of
/// surplus ballots, and counts the narrative states about them.
public struct Logistics: Hashable, Sendable {
    /// The printed total line of the distribution table.
    public struct DistributionTotal: Hashable, Sendable {
        public var tps: Int?
        public var boxes: Int?
        public var bags: Int?

        public init(tps: Int? = nil, boxes: Int? = nil, bags: Int? = nil) {
            self.tps = tps
            self.boxes = boxes
            self.bags = bags
        }
    }

    /// The election these logistics served (an ``ElectionEvent`` id).
    public var eventId: String?
    /// Needs and budget per item (Tabel 1).
    public var needs: [NeedRow]
    /// The needs table's printed "Jumlah" line, kept to be checked, never used to compute.
    public var needsTotal: NeedsTotal?
    /// Procurement per item (Tabel 2).
    public var procurement: [ProcurementRow]
    /// The procurement table's printed "Jumlah" line, kept to be checked, never used to compute.
    public var procurementTotal: ProcurementTotal?
    /// Deliveries from the suppliers to the office (Tabel 3).
    public var deliveries: [DeliveryRow]
    public var sorting: [SortingRow]
    /// The office's logistics warehouses (Tabel 7).
    public var warehouses: [Warehouse]
    public var distribution: [DistributionRow]
    public var distributionTotal: DistributionTotal?
    public var transport: [TransportRow]
    /// Surplus and damaged ballots destroyed (Tabel 8).
    public var destruction: [DestructionRow]
    public var claims: [StatedCount]

    public init(eventId: String? = nil, needs: [NeedRow] = [], needsTotal: NeedsTotal? = nil, procurement: [ProcurementRow] = [],
                procurementTotal: ProcurementTotal? = nil, deliveries: [DeliveryRow] = [], sorting: [SortingRow] = [],
                warehouses: [Warehouse] = [], distribution: [DistributionRow] = [], distributionTotal: DistributionTotal? = nil,
                transport: [TransportRow] = [], destruction: [DestructionRow] = [], claims: [StatedCount] = []) {
        self.eventId = eventId
        self.needs = needs
        self.needsTotal = needsTotal
        self.procurement = procurement
        self.procurementTotal = procurementTotal
        self.deliveries = deliveries
        self.sorting = sorting
        self.warehouses = warehouses
        self.distribution = distribution
        self.distributionTotal = distributionTotal
        self.transport = transport
        self.destruction = destruction
        self.claims = claims
    }

    /// Whether the logistics hold nothing at all.
    public var isEmpty: Bool {
        eventId == nil && needs.isEmpty && needsTotal == nil && procurement.isEmpty && procurementTotal == nil && deliveries.isEmpty
            && sorting.isEmpty && warehouses.isEmpty && distribution.isEmpty && distributionTotal == nil && transport.isEmpty
            && destruction.isEmpty && claims.isEmpty
    }

    /// Sums of the distribution rows.
    public var distributedTPS: Int { distribution.reduce(0) { $0 + $1.tps } }
    public var distributedBoxes: Int { distribution.reduce(0) { $0 + $1.boxes } }
    public var distributedBags: Int { distribution.reduce(0) { $0 + $1.bags } }

    /// Vehicles per leg, summed over the transport table.
    public var transportPPK: Int { transport.reduce(0) { $0 + ($1.ppk ?? 0) } }
    public var transportPPS: Int { transport.reduce(0) { $0 + ($1.pps ?? 0) } }
    public var transportTPS: Int { transport.reduce(0) { $0 + ($1.tps ?? 0) } }

    /// Share of distribution rows that arrived on or before a day (the election day), exact percent;
    /// nil when no row has an arrival date.
    public func onTimePercent(by day: CalendarDate) -> (onTime: Int, dated: Int, percent: Decimal)? {
        let dated = distribution.compactMap(\.arrived)
        guard !dated.isEmpty else { return nil }
        let onTime = dated.filter { $0 <= day }.count
        return (onTime, dated.count, Decimal(onTime) / Decimal(dated.count) * 100)
    }

    /// Share of sorting rows whose good items plus requested replacement cover the order, exact percent.
    public var fulfilmentPercent: (fulfilled: Int, items: Int, percent: Decimal)? {
        guard !sorting.isEmpty else { return nil }
        let fulfilled = sorting.filter(\.isFulfilled).count
        return (fulfilled, sorting.count, Decimal(fulfilled) / Decimal(sorting.count) * 100)
    }
}
