/// An indicator of performance (indikator kinerja) with the rules that measure it.
public struct Indicator: Hashable, Sendable {
    /// How the year's value follows from the quarterly realisations.
    public enum YearValue: String, CaseIterable, Sendable {
        /// The fourth quarter's (cumulative) value, the KPU default.
        case lastQuarter
        /// The sum of the quarters, for counts reported per quarter.
        case sumOfQuarters
    }

    public var id: String
    public var statement: String
    public var kind: IndicatorKind
    /// The unit of a count ("Laporan", "kali").
    public var unit: String?
    /// The scale of a grade.
    public var scale: GradeScale?
    public var polarity: Polarity
    /// Overrides the office's formula for a lower-is-better indicator.
    public var lowerIsBetterFormula: LowerIsBetterFormula?
    /// A key indicator (IKU).
    public var iku: Bool
    public var yearValue: YearValue
    public var definition: String?
    public var dataSource: String?
    public var responsibleUnit: String?

    public init(id: String, statement: String, kind: IndicatorKind, unit: String? = nil, scale: GradeScale? = nil,
                polarity: Polarity = .higherIsBetter, lowerIsBetterFormula: LowerIsBetterFormula? = nil,
                iku: Bool = false, yearValue: YearValue = .lastQuarter, definition: String? = nil,
                dataSource: String? = nil, responsibleUnit: String? = nil) {
        self.id = id
        self.statement = statement
        self.kind = kind
        self.unit = unit
        self.scale = scale
        self.polarity = polarity
        self.lowerIsBetterFormula = lowerIsBetterFormula
        self.iku = iku
        self.yearValue = yearValue
        self.definition = definition
        self.dataSource = dataSource
        self.responsibleUnit = responsibleUnit
    }
}
