import Foundation

/// Figures computed from the needs, procurement, delivery and destruction tables. Printed totals are never
/// used here: every sum is taken over the rows.
extension Logistics {
    /// Total volume needed, summed over the needs rows.
    public var needsQuantity: Int { needs.reduce(0) { $0 + $1.quantity } }
    /// Total needs budget: the sum of the rows that state a pagu.
    public var needsPagu: Decimal { needs.reduce(Decimal(0)) { $0 + ($1.pagu ?? 0) } }

    /// Sum of the procurement rows' pagu.
    public var procurementPagu: Decimal { procurement.reduce(Decimal(0)) { $0 + ($1.pagu ?? 0) } }
    /// Sum of the procurement rows' HPS.
    public var procurementHPS: Decimal { procurement.reduce(Decimal(0)) { $0 + ($1.hps ?? 0) } }
    /// Sum of the procurement rows' contract values.
    public var procurementContract: Decimal { procurement.reduce(Decimal(0)) { $0 + ($1.contract ?? 0) } }
    /// Sum of the rows' efficiency (pagu − contract) over the rows that state both; a row with only one of
    /// them has no efficiency and adds nothing.
    public var procurementEfficiency: Decimal { procurement.reduce(Decimal(0)) { $0 + ($1.efficiency ?? 0) } }

    /// Total efficiency / the pagu of the same rows × 100, exact; nil when no row states both pagu and contract.
    public var procurementEfficiencyPercent: Decimal? {
        let pagu = procurement.reduce(Decimal(0)) { $0 + ($1.efficiency == nil ? 0 : $1.pagu ?? 0) }
        guard pagu != 0 else { return nil }
        return procurementEfficiency / pagu * 100
    }

    /// Share of supplier deliveries that arrived on or before a day (the election day), exact percent; nil
    /// when no delivery has an arrival date.
    public func deliveriesOnTime(by day: CalendarDate) -> (onTime: Int, dated: Int, percent: Decimal)? {
        let dated = deliveries.compactMap(\.arrived)
        guard !dated.isEmpty else { return nil }
        let onTime = dated.filter { $0 <= day }.count
        return (onTime, dated.count, Decimal(onTime) / Decimal(dated.count) * 100)
    }

    /// Total ballots destroyed, summed over the destruction rows.
    public var destroyedCount: Int { destruction.reduce(0) { $0 + $1.count } }
}

extension OfficeYear {
    /// The election the logistics served: the one `logistics.eventId` names, or else the only election of
    /// the year; nil when neither applies.
    public var logisticsEvent: ElectionEvent? {
        guard let logistics else { return nil }
        if let id = logistics.eventId { return election(id) }
        return elections.count == 1 ? elections[0] : nil
    }
}
