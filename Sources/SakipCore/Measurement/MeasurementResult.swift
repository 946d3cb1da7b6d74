import Foundation

/// One measured row: an indicator with its target, realisation, capaian and category.
public struct IndicatorAchievement: Hashable, Sendable {
    public var indicator: Indicator
    public var target: MeasureValue?
    public var realisation: MeasureValue?
    public var achievement: Achievement
    /// The category label, nil when not measured.
    public var category: String?

    public init(indicator: Indicator, target: MeasureValue?, realisation: MeasureValue?, achievement: Achievement, category: String?) {
        self.indicator = indicator
        self.target = target
        self.realisation = realisation
        self.achievement = achievement
        self.category = category
    }
}

/// A sasaran with its measured indicators and their mean.
public struct ObjectiveAchievement: Hashable, Sendable {
    public var objective: Objective
    public var rows: [IndicatorAchievement]
    /// Mean of the measured rows' capaian (capped when the settings say so); nil when none is measured.
    public var mean: Decimal?
    public var category: String?
}

/// The measurement of an office-year: per sasaran, and the office's mean over its sasaran.
public struct MeasurementResult: Hashable, Sendable {
    public var objectives: [ObjectiveAchievement]
    /// Mean over the sasaran means (DOMAIN §4).
    public var officeMean: Decimal?
    public var officeCategory: String?
    /// Mean over every measured indicator, for reports that state it that way.
    public var indicatorMean: Decimal?
    /// Whether capaian above 100 % were counted as 100 % in the means.
    public var cappedAt100: Bool
    public var settings: MeasurementSettings

    /// All rows in order.
    public var rows: [IndicatorAchievement] { objectives.flatMap(\.rows) }

    /// How many measured rows fall into each category, in the scale's order ("n dari m indikator Berhasil").
    public var categoryCounts: [(label: String, count: Int)] {
        settings.categories.bands.map { band in (band.label, rows.filter { $0.category == band.label }.count) }
    }

    /// The averaging rule in words, for the report's method note.
    public var averagingNote: String {
        let cap = cappedAt100 ? "capaian di atas 100 % dihitung 100 %" : "capaian di atas 100 % tidak dibatasi"
        return "Capaian sasaran = rata-rata capaian indikatornya; capaian kantor = rata-rata capaian sasaran; \(cap)."
    }
}

/// Builds a ``MeasurementResult`` from rows grouped by sasaran.
public enum MeasurementAggregator {
    /// One row to measure.
    public struct Input: Sendable {
        public var objective: Objective
        public var indicator: Indicator
        public var target: MeasureValue?
        public var realisation: MeasureValue?
        /// Set when the office states why the indicator is not measured this year.
        public var notApplicableReason: String?

        public init(objective: Objective, indicator: Indicator, target: MeasureValue?, realisation: MeasureValue?,
                    notApplicableReason: String? = nil) {
            self.objective = objective
            self.indicator = indicator
            self.target = target
            self.realisation = realisation
            self.notApplicableReason = notApplicableReason
        }
    }

    /// Measures every row, groups rows by sasaran in first-seen order, and averages.
    public static func measure(_ inputs: [Input], settings: MeasurementSettings = .kpuDefault) -> MeasurementResult {
        var order: [Objective] = []
        var grouped: [String: [IndicatorAchievement]] = [:]
        for input in inputs {
            let achievement = input.notApplicableReason.map { Achievement.notApplicable(reason: $0) }
                ?? CapaianCalculator.capaian(indicator: input.indicator, target: input.target,
                                             realisation: input.realisation, formula: settings.lowerIsBetterFormula)
            let row = IndicatorAchievement(indicator: input.indicator, target: input.target, realisation: input.realisation,
                                           achievement: achievement, category: settings.categories.category(of: achievement))
            if grouped[input.objective.id] == nil { order.append(input.objective) }
            grouped[input.objective.id, default: []].append(row)
        }
        let objectives = order.map { objective -> ObjectiveAchievement in
            let rows = grouped[objective.id] ?? []
            let mean = average(rows.compactMap(\.achievement.percent), cap: settings.capAbove100ForAverage)
            return ObjectiveAchievement(objective: objective, rows: rows, mean: mean,
                                        category: mean.flatMap { settings.categories.band(for: $0)?.label })
        }
        let officeMean = average(objectives.compactMap(\.mean), cap: false)
        let indicatorMean = average(objectives.flatMap(\.rows).compactMap(\.achievement.percent), cap: settings.capAbove100ForAverage)
        return MeasurementResult(objectives: objectives, officeMean: officeMean,
                                 officeCategory: officeMean.flatMap { settings.categories.band(for: $0)?.label },
                                 indicatorMean: indicatorMean, cappedAt100: settings.capAbove100ForAverage, settings: settings)
    }

    /// The mean of values, each counted as at most 100 when `cap`; nil for none.
    public static func average(_ values: [Decimal], cap: Bool) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let counted = cap ? values.map { min($0, 100) } : values
        return counted.reduce(0, +) / Decimal(values.count)
    }
}
