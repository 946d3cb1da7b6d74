/// How an office measures: its lower-is-better formula, category scale and averaging rule.
public struct MeasurementSettings: Hashable, Sendable {
    public var lowerIsBetterFormula: LowerIsBetterFormula
    /// Count each capaian as at most 100 % when averaging sasaran and office capaian.
    public var capAbove100ForAverage: Bool
    public var categories: CategoryScale

    public init(lowerIsBetterFormula: LowerIsBetterFormula = .mirror, capAbove100ForAverage: Bool = false,
                categories: CategoryScale = .kpuDefault) {
        self.lowerIsBetterFormula = lowerIsBetterFormula
        self.capAbove100ForAverage = capAbove100ForAverage
        self.categories = categories
    }

    /// The KPU default: mirror formula, no cap, KPU categories.
    public static let kpuDefault = MeasurementSettings()
}
