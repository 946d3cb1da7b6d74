import Foundation

/// This year's capaian beside earlier years' and beside the Renstra's final-year target
/// (Asahan Tabel 3.2, Pagar Alam Tabel 4.1; PermenPANRB 53/2014 BAB III.A).
public struct YearComparison: Hashable, Sendable {
    /// One indicator across the years.
    public struct Row: Hashable, Sendable {
        public var indicator: Indicator
        /// Earlier years, oldest first: the capaian computed from target and realisation when both are
        /// known, else the capaian the office stated.
        public var earlier: [Int: Achievement]
        public var current: IndicatorAchievement
        /// The Renstra's target for its final year.
        public var finalTarget: MeasureValue?
        /// This year's realisation measured against the final-year target.
        public var againstFinalTarget: Achievement
    }

    public var years: [Int]
    public var currentYear: Int
    public var finalYear: Int?
    public var rows: [Row]

    /// Builds the comparison for every measured row.
    public static func build(result: MeasurementResult, history: [IndicatorHistoryEntry], renstra: Renstra?,
                             year: Int) -> YearComparison {
        let years = Array(Set(history.map(\.year).filter { $0 < year })).sorted()
        let rows = result.rows.map { current -> Row in
            var earlier: [Int: Achievement] = [:]
            for entry in history where entry.indicatorId == current.indicator.id && entry.year < year {
                earlier[entry.year] = achievement(of: entry, indicator: current.indicator, settings: result.settings)
            }
            let finalTarget = renstra?.finalTarget(indicatorId: current.indicator.id)
            let againstFinal = finalTarget.map {
                CapaianCalculator.capaian(indicator: current.indicator, target: $0, realisation: current.realisation,
                                          formula: result.settings.lowerIsBetterFormula)
            } ?? .missing(reason: "Renstra tidak memuat target indikator ini")
            return Row(indicator: current.indicator, earlier: earlier, current: current,
                       finalTarget: finalTarget, againstFinalTarget: againstFinal)
        }
        return YearComparison(years: years, currentYear: year, finalYear: renstra?.endYear, rows: rows)
    }

    private static func achievement(of entry: IndicatorHistoryEntry, indicator: Indicator,
                                    settings: MeasurementSettings) -> Achievement {
        if entry.target != nil, entry.realisation != nil {
            return CapaianCalculator.capaian(indicator: indicator, target: entry.target, realisation: entry.realisation,
                                             formula: settings.lowerIsBetterFormula)
        }
        switch entry.statedCapaian {
        case .percentage(let value)?, .number(let value)?: return .measured(value)
        case .notApplicable?: return .notApplicable(reason: "tidak diukur pada tahun \(entry.year)")
        case .grade(let grade)?:
            return .rejected(reason: "capaian dinyatakan sebagai nilai \"\(grade)\", bukan persentase")
        case .count?: return .rejected(reason: "capaian dinyatakan sebagai jumlah, bukan persentase")
        case .unreadable(let text)?: return .rejected(reason: "capaian \"\(text)\" tidak dapat dibaca")
        case nil: return .missing(reason: "capaian tahun \(entry.year) tidak tersedia")
        }
    }
}
