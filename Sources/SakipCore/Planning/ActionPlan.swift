/// One row of the Rencana Aksi Kinerja (RAK): an indicator's target for each quarter.
public struct ActionPlanRow: Hashable, Sendable {
    public var indicatorId: String
    /// Four entries, Triwulan I first; nil where the quarter has no target.
    public var quarters: [MeasureValue?]

    public init(indicatorId: String, quarters: [MeasureValue?]) {
        precondition(quarters.count == 4, "a RAK row has four quarters")
        self.indicatorId = indicatorId
        self.quarters = quarters
    }

    /// The target of one quarter.
    public func target(for quarter: Quarter) -> MeasureValue? { quarters[quarter.rawValue - 1] }
}
