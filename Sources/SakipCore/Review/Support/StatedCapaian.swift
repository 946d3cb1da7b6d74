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
    /// Where the target and realisation the capaian follows from are written in the same row, when they are
    /// (not when they come from the PK or from quarterly realisations): the places that may hold the mistake instead.
    var targetPlace: ReviewPlace? = nil
    var realisationPlace: ReviewPlace? = nil
    /// The category printed beside the capaian, an independent witness of which figure is wrong.
    var printedCategory: String? = nil

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

extension StatedCapaian {
    /// The target or realisation that would make the printed capaian right, each at its place, formatted like
    /// the written value: the other suspects when a row's three figures disagree.
    func alternatives(formula: LowerIsBetterFormula) -> [ReviewAlternative] {
        guard let printedValue = PrintedFigure.percent(printed), let target, let realisation,
              case .amount(let t)? = try? indicator.reading(of: target),
              case .amount(let r)? = try? indicator.reading(of: realisation) else { return [] }
        let c = printedValue / 100
        var impliedTarget: Decimal?
        var impliedRealisation: Decimal?
        switch indicator.polarity {
        case .higherIsBetter:
            if c != 0 { impliedTarget = r / c }
            impliedRealisation = t * c
        case .lowerIsBetter where (indicator.lowerIsBetterFormula ?? formula) == .mirror:
            if c != 2 { impliedTarget = r / (2 - c) }
            impliedRealisation = t * (2 - c)
        case .lowerIsBetter:
            impliedTarget = c * r
            if c != 0 { impliedRealisation = t / c }
        case .equalToTarget:
            return []
        }
        var out: [ReviewAlternative] = []
        if let targetPlace, let impliedTarget, impliedTarget >= 0 {
            out.append(ReviewAlternative(place: targetPlace, expected: Self.spelled(impliedTarget, like: target)))
        }
        if let realisationPlace, let impliedRealisation, impliedRealisation >= 0 {
            out.append(ReviewAlternative(place: realisationPlace, expected: Self.spelled(impliedRealisation, like: realisation)))
        }
        return out
    }

    /// Whether the printed category agrees with the printed capaian but not with the computed one: then the
    /// capaian and its category were computed from other figures, and the target or realisation is the suspect.
    func categoryPointsAtTheFigures(scale: CategoryScale) -> Bool {
        guard let printedCategory, let exact = achievement.percent, let printedValue = PrintedFigure.percent(printed),
              let printedBand = scale.band(for: printedValue), let exactBand = scale.band(for: exact) else { return false }
        return CategoryLabel.same(printedBand.label, printedCategory) && !CategoryLabel.same(exactBand.label, printedCategory)
    }

    /// An amount written like a value: "100 %", "9 Lap", rounded to two decimals.
    static func spelled(_ amount: Decimal, like value: MeasureValue) -> String {
        value.replacingAmount(amount.roundedHalfUp(scale: 2)).description
    }
}

/// Category labels compared as a reader would: ignoring case and surrounding spaces.
enum CategoryLabel {
    static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

extension ReviewContext {
    /// The target the data sets for an indicator: the measurement table's (itself the PK's when the PK holds it),
    /// or for an indicator the table leaves out, the governing PK's, else any current PK's that holds it.
    func referenceTarget(for id: String) -> MeasureValue? {
        if let target = input(for: id)?.target { return target }
        if let target = officeYear.governingAgreement?.target(indicatorId: id) { return target }
        return PerformanceAgreement.Level.allCases.lazy.compactMap { self.officeYear.agreements.current($0)?.target(indicatorId: id) }.first
    }

    /// The realisation the data holds for an indicator: the measurement table's, or for an indicator the table
    /// leaves out, the one bound to election or logistics data, else the quarterly realisations' year value.
    func referenceRealisation(for id: String) -> MeasureValue? {
        if let realisation = input(for: id)?.realisation { return realisation }
        if let bound = officeYear.boundRealisation(for: id)?.value { return bound }
        return officeYear.indicator(id)?.yearValue(from: officeYear.realisations)
    }

    /// The capaian a claim about an indicator implies: its own target and realisation, falling back to the data's
    /// (for an indicator outside the measurement table, the PK's target on the indicator's own scale).
    func claimAchievement(_ claim: Claim) -> (target: MeasureValue?, realisation: MeasureValue?, achievement: Achievement)? {
        guard let id = claim.indicatorId, let indicator = officeYear.indicator(id) else { return nil }
        let target = claim.target.flatMap { try? MeasureValue.parse($0) } ?? referenceTarget(for: id)
        let realisation = claim.realisation.flatMap { try? MeasureValue.parse($0) } ?? referenceRealisation(for: id)
        let achievement = CapaianCalculator.capaian(indicator: indicator, target: target, realisation: realisation,
                                                    formula: officeYear.settings.lowerIsBetterFormula)
        return (target, realisation, achievement)
    }

    /// Every capaian stated for an indicator: measurement rows, claims and earlier years.
    var statedCapaian: [StatedCapaian] {
        let formula = officeYear.settings.lowerIsBetterFormula
        var out: [StatedCapaian] = []
        let pk = officeYear.governingAgreement
        for measured in measuredRows {
            guard let printed = measured.row.printedCapaian else { continue }
            let id = measured.input.indicator.id
            let row = indicatorLabel(id)
            let table = "Tabel pengukuran kinerja"
            // The table's own target counts only when no PK holds the indicator; its realisation only when nothing
            // entered in the application or bound to data replaces it.
            let ownTarget = measured.row.target != nil && pk?.target(indicatorId: id) == nil
            let ownRealisation = measured.row.realisation != nil && measured.row.realisation == measured.input.realisation
                && officeYear.boundRealisation(for: id) == nil && measured.input.indicator.yearValue(from: officeYear.realisations) == nil
            out.append(StatedCapaian(
                place: ReviewPlace(table: table, row: row, field: "capaian", path: "$.measurement.rows[\(measured.index)].printed.capaian"),
                indicator: measured.input.indicator, printed: printed, target: measured.input.target,
                realisation: measured.input.realisation, achievement: measured.achievement,
                targetPlace: ownTarget ? ReviewPlace(table: table, row: row, field: "target", path: "$.measurement.rows[\(measured.index)].target") : nil,
                realisationPlace: ownRealisation
                    ? ReviewPlace(table: table, row: row, field: "realisasi", path: "$.measurement.rows[\(measured.index)].realisation") : nil,
                printedCategory: measured.row.printedCategory))
        }
        for (index, claim) in officeYear.report.claims.enumerated() {
            guard let printed = claim.capaian, let id = claim.indicatorId, let indicator = officeYear.indicator(id),
                  let implied = claimAchievement(claim) else { continue }
            let row = indicatorLabel(id)
            out.append(StatedCapaian(
                place: ReviewPlace(table: claim.location, row: row, field: "capaian", path: "$.report.claims[\(index)].capaian"),
                indicator: indicator, printed: printed, target: implied.target, realisation: implied.realisation,
                achievement: implied.achievement,
                targetPlace: claim.target != nil ? ReviewPlace(table: claim.location, row: row, field: "target", path: "$.report.claims[\(index)].target") : nil,
                realisationPlace: claim.realisation != nil
                    ? ReviewPlace(table: claim.location, row: row, field: "realisasi", path: "$.report.claims[\(index)].realisation") : nil,
                printedCategory: claim.category))
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
