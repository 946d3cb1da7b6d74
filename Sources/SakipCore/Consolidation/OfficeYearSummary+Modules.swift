import Foundation

extension OfficeYearSummary {
    /// One election of the year: its DPT and turnout as counts, so that provinces add numerators and denominators
    /// rather than average percentages.
    public struct ElectionFigures: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var kind: ElectionKind
        /// ISO date ("2024-02-14").
        public var date: String?
        public var tps: Int
        public var villages: Int
        /// Voters on the DPT (sum of the recap rows), L and P.
        public var dptMale: Int
        public var dptFemale: Int
        /// The participation denominator's name ("DPT", "DPT + DPTb + DPK") and its voters.
        public var participationBase: String
        public var registeredMale: Int
        public var registeredFemale: Int
        /// Voters who used their right, L and P; nil without turnout data.
        public var votedMale: Int?
        public var votedFemale: Int?
        public var disabilityRegistered: Int?
        public var disabilityVoted: Int?
        public var firstTimeRegistered: Int?
        public var firstTimeVoted: Int?

        public var dptTotal: Int { dptMale + dptFemale }
        public var registeredTotal: Int { registeredMale + registeredFemale }
        public var votedTotal: Int? { votedMale.flatMap { male in votedFemale.map { male + $0 } } }

        /// Voters who used their right / registered × 100, exact; nil without turnout or voters.
        public var participation: Decimal? { Self.rate(votedTotal, registeredTotal) }
        public var womenParticipation: Decimal? { Self.rate(votedFemale, registeredFemale) }
        public var disabilityParticipation: Decimal? { Self.rate(disabilityVoted, disabilityRegistered) }
        public var firstTimeParticipation: Decimal? { Self.rate(firstTimeVoted, firstTimeRegistered) }

        static func rate(_ numerator: Int?, _ denominator: Int?) -> Decimal? {
            guard let numerator, let denominator, denominator > 0 else { return nil }
            return Decimal(numerator) / Decimal(denominator) * 100
        }
    }

    /// The logistics of the year as totals over the office's tables.
    public struct LogisticsFigures: Hashable, Sendable, Codable {
        /// The election the logistics served.
        public var eventId: String?
        public var needsQuantity: Int
        public var needsPagu: Decimal
        public var procurementPagu: Decimal
        public var procurementContract: Decimal
        public var procurementEfficiency: Decimal
        public var distributedTPS: Int
        public var distributedBoxes: Int
        public var distributedBags: Int
        /// Distribution rows that arrived at TPS by election day, of the rows with an arrival date.
        public var distributionOnTime: Int
        public var distributionDated: Int
        /// Supplier deliveries that arrived by election day, of the deliveries with an arrival date.
        public var deliveriesOnTime: Int
        public var deliveriesDated: Int
        /// Sorted items whose good count plus requested replacement covers the order, of the items sorted.
        public var itemsFulfilled: Int
        public var itemsSorted: Int
        public var destroyed: Int
        public var warehouses: Int

        /// Rows on time / dated rows × 100, exact; nil without dated rows.
        public var distributionOnTimePercent: Decimal? { ElectionFigures.rate(distributionOnTime, distributionDated) }
        public var deliveriesOnTimePercent: Decimal? { ElectionFigures.rate(deliveriesOnTime, deliveriesDated) }
        public var fulfilmentPercent: Decimal? { ElectionFigures.rate(itemsFulfilled, itemsSorted) }
    }
}

extension OfficeYearSummary.ElectionFigures {
    /// The figures of an election event.
    public init(_ event: ElectionEvent) {
        let registered = event.registered
        let turnout = event.turnout
        self.init(id: event.id, name: event.name, kind: event.kind, date: event.date?.iso, tps: event.dpt.tps,
                  villages: event.dpt.villageCount, dptMale: event.dpt.voters.male, dptFemale: event.dpt.voters.female,
                  participationBase: event.participationBase.label, registeredMale: registered.male,
                  registeredFemale: registered.female, votedMale: turnout?.voted.male, votedFemale: turnout?.voted.female,
                  disabilityRegistered: turnout?.disabilityRegistered, disabilityVoted: turnout?.disabilityVoted,
                  firstTimeRegistered: turnout?.firstTimeRegistered, firstTimeVoted: turnout?.firstTimeVoted)
    }
}

extension OfficeYearSummary.LogisticsFigures {
    /// The totals of an office-year's logistics; `day` is the election day on-time shares are counted against.
    public init(_ logistics: Logistics, electionDay day: CalendarDate?) {
        let onTime = day.flatMap { logistics.onTimePercent(by: $0) }
        let deliveries = day.flatMap { logistics.deliveriesOnTime(by: $0) }
        let fulfilment = logistics.fulfilmentPercent
        self.init(eventId: logistics.eventId, needsQuantity: logistics.needsQuantity, needsPagu: logistics.needsPagu,
                  procurementPagu: logistics.procurementPagu, procurementContract: logistics.procurementContract,
                  procurementEfficiency: logistics.procurementEfficiency, distributedTPS: logistics.distributedTPS,
                  distributedBoxes: logistics.distributedBoxes, distributedBags: logistics.distributedBags,
                  distributionOnTime: onTime?.onTime ?? 0, distributionDated: onTime?.dated ?? 0,
                  deliveriesOnTime: deliveries?.onTime ?? 0, deliveriesDated: deliveries?.dated ?? 0,
                  itemsFulfilled: fulfilment?.fulfilled ?? 0, itemsSorted: fulfilment?.items ?? 0,
                  destroyed: logistics.destroyedCount, warehouses: logistics.warehouses.count)
    }
}

extension Office.Level: Codable {}
extension IndicatorKind: Codable {}
extension Polarity: Codable {}
extension ElectionKind: Codable {}
