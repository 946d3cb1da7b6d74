import Foundation

/// The capaian of one indicator in one quarter: the quarter's realisation against the RAK's target for that
/// quarter, or against the year's target when the RAK sets none, by the same rules as the year's capaian
/// (``CapaianCalculator``, the office's lower-is-better formula and category bands).
public struct QuarterCapaian: Hashable, Sendable {
    /// Which target the quarter was measured against.
    public enum TargetSource: Hashable, Sendable {
        /// The RAK's target for the quarter.
        case actionPlan
        /// The year's target (the governing PK's, else the measurement table's): the RAK sets none for the quarter.
        case annual
    }

    public var quarter: Quarter
    /// The target measured against; nil when neither the RAK nor the PK gives one.
    public var target: MeasureValue?
    public var targetSource: TargetSource
    /// The realisation measured: the quarter's value; for an indicator whose year is the sum of its quarters
    /// measured against the year's target, the sum of the quarters so far.
    public var realisation: MeasureValue?
    public var achievement: Achievement
    /// The category of a measured capaian ("Berhasil").
    public var category: String?
}

extension OfficeYear {
    /// The capaian of `indicatorId` in each quarter, Triwulan I first (four entries; an unknown indicator
    /// gives none).
    public func quarterCapaian(indicatorId: String) -> [QuarterCapaian] {
        guard let indicator = indicator(indicatorId) else { return [] }
        let plan = actionPlan.first { $0.indicatorId == indicatorId }
        let annual = governingAgreement?.target(indicatorId: indicatorId)
            ?? measurement.rows.first { $0.indicatorId == indicatorId }?.target
        let entries = realisations.filter { $0.indicatorId == indicatorId }
        return Quarter.allCases.map { quarter in
            let planned = plan?.target(for: quarter)
            let source: QuarterCapaian.TargetSource = planned == nil ? .annual : .actionPlan
            let own = entries.first { $0.quarter == quarter }?.value
            var realisation = own
            // A year summed from its quarters is compared with the year's target by its sum so far.
            if own != nil, source == .annual, indicator.yearValue == .sumOfQuarters {
                realisation = indicator.yearValue(from: entries.filter { $0.quarter <= quarter })
            }
            let target = planned ?? annual
            let achievement = CapaianCalculator.capaian(indicator: indicator, target: target, realisation: realisation,
                                                        formula: settings.lowerIsBetterFormula)
            return QuarterCapaian(quarter: quarter, target: target, targetSource: source, realisation: realisation,
                                  achievement: achievement, category: settings.categories.category(of: achievement))
        }
    }
}
