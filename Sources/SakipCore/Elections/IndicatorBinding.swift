/// An indicator whose realisation is computed from election or logistics data instead of typed.
///
/// Realisation precedence when measuring (docs/office-year-format.md, `bindings`):
/// a binding that can be computed > quarterly realisations > the measurement table's value.
public struct IndicatorBinding: Hashable, Sendable {
    /// The module figure an indicator can take.
    public enum Figure: String, CaseIterable, Sendable {
        case participationOverall = "participation.overall"
        case participationWomen = "participation.women"
        case participationDisability = "participation.disability"
        case participationFirstTime = "participation.firstTime"
        /// Share of distribution rows that arrived at TPS on or before election day.
        case logisticsOnTime = "logistics.onTime"
        /// Share of sorted items whose good count plus requested replacement covers the order.
        case logisticsFulfilment = "logistics.fulfilment"
        /// Share of supplier deliveries that arrived on or before the event date.
        case logisticsDeliveryOnTime = "logistics.deliveryOnTime"

        /// The participation figure, for the participation cases.
        public var participation: ParticipationFigure? {
            switch self {
            case .participationOverall: .overall
            case .participationWomen: .women
            case .participationDisability: .disability
            case .participationFirstTime: .firstTime
            case .logisticsOnTime, .logisticsFulfilment, .logisticsDeliveryOnTime: nil
            }
        }
    }

    public var indicatorId: String
    public var figure: Figure
    /// The ``ElectionEvent`` whose data is used.
    public var eventId: String

    public init(indicatorId: String, figure: Figure, eventId: String) {
        self.indicatorId = indicatorId
        self.figure = figure
        self.eventId = eventId
    }
}

/// A realisation computed from a binding, with the text saying where it came from.
public struct BoundRealisation: Hashable, Sendable {
    public var value: MeasureValue
    /// "dihitung dari DPT dan pemilih Pemilu 14 Februari 2024: 123.456 / 150.000 = 82,30 %".
    public var provenance: String
}
