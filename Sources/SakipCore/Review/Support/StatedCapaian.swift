import Foundation

/// A capaian a document states for an indicator, with the figures it must follow from and the
/// engine's own computation of them. Gathered from the measurement table, the claims and the history.
struct StatedCapaian: Sendable {
    /// What went wrong with a stated capaian, most specific first.
    enum Verdict: Equatable, Sendable {
        case agrees
        /// Right figure, last digit rounded wrongly (usually truncated).
        case rounding
        /// A lower-is-better indicator computed as realisasi / target × 100 (that figure attached).
        case polarity(naive: Decimal)
        /// An over-achievement printed as 100 %.
        case capped
        case mismatch
    }

    var place: ReviewPlace
    var indicator: Indicator
    var printed: String
    var target: MeasureValue?
    var realisation: MeasureValue?
    var achievement: Achievement

    /// Nil when there is nothing to compare: the printed text is not a number or no capaian can be computed.
    var verdict: Verdict? {
        guard let exact = achievement.percent, let comparison = PrintedComparison.compare(printed, with: exact) else { return nil }
        if comparison == .agrees { return .agrees }
        if let naive = naiveHigherIsBetter, PrintedComparison.compare(printed, with: naive) != .mismatch {
            return .polarity(naive: naive)
        }
        if exact > 100, PrintedFigure.percent(printed) == 100 { return .capped }
        return comparison == .rounding ? .rounding : .mismatch
    }

    /// realisasi / target × 100 for a lower-is-better indicator: the figure a wrong polarity gives.
    private var naiveHigherIsBetter: Decimal? {
        guard indicator.polarity == .lowerIsBetter, let target, let realisation,
              case .amount(let t)? = try? indicator.reading(of: target),
              case .amount(let r)? = try? indicator.reading(of: realisation), t != 0 else { return nil }
        return r / t * 100
    }

    /// "target 0,1 %, realisasi 1,1 %".
    var figuresText: String {
        "target \(target?.description ?? "-"), realisasi \(realisation?.description ?? "-")"
    }
}

extension ReviewContext {
    /// Every capaian stated for an indicator: measurement rows, claims and earlier years.
    var statedCapaian: [StatedCapaian] {
        let formula = officeYear.settings.lowerIsBetterFormula
        var out: [StatedCapaian] = []
        for measured in measuredRows {
            guard let printed = measured.row.printedCapaian else { continue }
            out.append(StatedCapaian(
                place: ReviewPlace(table: "Tabel pengukuran kinerja", row: indicatorLabel(measured.input.indicator.id),
                                   field: "capaian", path: "$.measurement.rows[\(measured.index)].printed.capaian"),
                indicator: measured.input.indicator, printed: printed, target: measured.input.target,
                realisation: measured.input.realisation, achievement: measured.achievement))
        }
        for (index, claim) in officeYear.report.claims.enumerated() {
            guard let printed = claim.capaian, let id = claim.indicatorId, let indicator = officeYear.indicator(id) else { continue }
            let input = input(for: id)
            let target = claim.target.flatMap { try? MeasureValue.parse($0) } ?? input?.target
            let realisation = claim.realisation.flatMap { try? MeasureValue.parse($0) } ?? input?.realisation
            out.append(StatedCapaian(
                place: ReviewPlace(table: claim.location, row: indicatorLabel(id), field: "capaian",
                                   path: "$.report.claims[\(index)].capaian"),
                indicator: indicator, printed: printed, target: target, realisation: realisation,
                achievement: CapaianCalculator.capaian(indicator: indicator, target: target, realisation: realisation, formula: formula)))
        }
        for (index, entry) in officeYear.indicatorHistory.enumerated() {
            guard let stated = entry.statedCapaian, stated.amount != nil, entry.target != nil, entry.realisation != nil,
                  let indicator = officeYear.indicator(entry.indicatorId) else { continue }
            out.append(StatedCapaian(
                place: ReviewPlace(table: "Riwayat capaian tahun \(entry.year)", row: indicatorLabel(entry.indicatorId),
                                   field: "capaian", path: "$.indicatorHistory[\(index)].capaian"),
                indicator: indicator, printed: stated.description, target: entry.target, realisation: entry.realisation,
                achievement: CapaianCalculator.capaian(indicator: indicator, target: entry.target,
                                                       realisation: entry.realisation, formula: formula)))
        }
        return out
    }
}
