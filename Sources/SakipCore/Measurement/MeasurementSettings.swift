/// How an office measures: its lower-is-better formula, category scale and averaging rule.
public struct MeasurementSettings: Hashable, Sendable {
    public var lowerIsBetterFormula: LowerIsBetterFormula
    /// Count each capaian as at most 100 % when averaging sasaran and office capaian.
    public var capAbove100ForAverage: Bool
    /// The scale capaian are categorised on: always valid (no gap, no overlap).
    public var categories: CategoryScale
    /// The scale as the report prints it, beside the one used to compute; empty when the file does not carry it.
    public var printedCategories: [PrintedCategoryBand]

    public init(lowerIsBetterFormula: LowerIsBetterFormula = .mirror, capAbove100ForAverage: Bool = false,
                categories: CategoryScale = .kpuDefault, printedCategories: [PrintedCategoryBand] = []) {
        self.lowerIsBetterFormula = lowerIsBetterFormula
        self.capAbove100ForAverage = capAbove100ForAverage
        self.categories = categories
        self.printedCategories = printedCategories
    }

    /// The KPU default: mirror formula, no cap, KPU categories.
    public static let kpuDefault = MeasurementSettings()
}
