/// An indicator's figures in an earlier year, as the office states them (Asahan Tabel 3.2).
public struct IndicatorHistoryEntry: Hashable, Sendable {
    public var indicatorId: String
    public var year: Int
    public var target: MeasureValue?
    public var realisation: MeasureValue?
    /// The capaian as stated; used only when target and realisation are not both known.
    public var statedCapaian: MeasureValue?

    public init(indicatorId: String, year: Int, target: MeasureValue? = nil, realisation: MeasureValue? = nil,
                statedCapaian: MeasureValue? = nil) {
        self.indicatorId = indicatorId
        self.year = year
        self.target = target
        self.realisation = realisation
        self.statedCapaian = statedCapaian
    }
}
