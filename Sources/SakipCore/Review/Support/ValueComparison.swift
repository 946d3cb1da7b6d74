/// Whether two values mean the same for an indicator ("100%" and "100 %", "2 Lap" and "2 Laporan").
enum ValueComparison {
    /// Nil when either value does not fit the indicator: that is ``ValueKindCheck``'s finding, not a difference.
    static func same(_ a: MeasureValue, _ b: MeasureValue, for indicator: Indicator) -> Bool? {
        guard let left = try? indicator.reading(of: a), let right = try? indicator.reading(of: b) else { return nil }
        return left == right
    }
}
