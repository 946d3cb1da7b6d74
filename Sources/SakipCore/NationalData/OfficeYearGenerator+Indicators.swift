import Foundation

extension OfficeYearGenerator {
    /// Whether the office held an election this year, for participation indicators.
    func holdsElection(_ prepared: PreparedOffice, year: Int, elections: [ElectionEvent]) -> Bool {
        switch prepared.office.metadata.level {
        case .kabupatenKota: !elections.isEmpty
        case .provinsi: year == 2024 || (year == 2020 && prepared.office.pilkada2020)
        case .ri: year == 2024 || year == 2020
        }
    }

    /// Targets and realisations of every PK indicator for a year.
    func draws(_ prepared: PreparedOffice, year: Int, elections: [ElectionEvent], logistics: Logistics?, bindings: [IndicatorBinding],
               revisions: Int) -> [String: IndicatorDraw] {
        var random = SeededRandom(seed: seed, "indicators", prepared.office.code, "\(year)")
        var draws: [String: IndicatorDraw] = [:]
        let election = holdsElection(prepared, year: year, elections: elections)
        var bound = prepared.base
        bound.elections = elections
        bound.logistics = logistics
        bound.bindings = bindings
        for id in prepared.template.agreementIndicators {
            guard let indicator = prepared.base.indicator(id), let target = target(of: id, prepared, year: year) else { continue }
            let factor = prepared.performance * random.decimal(920...1080, scale: 3)
            if case .participation? = prepared.template.roles[id], !election {
                draws[id] = IndicatorDraw(target: target, realisation: nil,
                                          notApplicableReason: "Tidak ada Pemilu atau Pemilihan di wilayah \(prepared.office.name) pada tahun \(year).")
                continue
            }
            if let computed = bound.boundRealisation(for: id), let amount = computed.value.amount {
                draws[id] = IndicatorDraw(target: target, realisation: .percentage(amount.roundedHalfUp(scale: 2)))
                continue
            }
            let realisation: MeasureValue
            if prepared.template.roles[id] == .revisions {
                realisation = target.replacingAmount(Decimal(revisions))
            } else {
                realisation = Self.realisation(of: indicator, target: target, factor: factor, &random)
            }
            draws[id] = IndicatorDraw(target: target, realisation: realisation)
        }
        return draws
    }

    /// A realisation around the target: `factor` of it for amounts (at most 100 for a percentage), a grade near the
    /// target's for grades; a lower-is-better amount anywhere from a third to two and a half times the target, never
    /// equal to it.
    static func realisation(of indicator: Indicator, target: MeasureValue, factor: Decimal, _ random: inout SeededRandom) -> MeasureValue {
        if case .grade(let grade) = target {
            let scale = indicator.scale ?? GradeScale.containing(grade) ?? .sakip
            let position = scale.grades.firstIndex(of: grade) ?? 0
            let step = random.int(0...99)
            let moved = step < 70 ? position : step < 85 ? max(position - 1, 0) : min(position + 1, scale.grades.count - 1)
            return .grade(scale.grades[moved])
        }
        guard let amount = target.amount, amount > 0 else { return target }
        let whole = indicator.kind == .count
        var value: Decimal
        if indicator.polarity == .lowerIsBetter {
            value = amount * random.decimal(350...2500, scale: 3)
            value = whole ? value.roundedHalfUp(scale: 0) : max(value.roundedHalfUp(scale: 2), Decimal(string: "0.01")!)
            if value == amount { value += whole ? 1 : Decimal(string: "0.01")! }
        } else {
            value = (amount * factor).roundedHalfUp(scale: whole ? 0 : 2)
            if indicator.kind == .percentage { value = min(value, 100) }
        }
        return target.replacingAmount(value)
    }

    /// Quarterly values leading to the year's value: cumulative quarters (a quarter, half, three quarters, all) for a
    /// higher-is-better amount, the same value every quarter for lower-is-better amounts, indices and grades, "N/A"
    /// every quarter for an indicator not measured this year.
    static func quarters(of indicator: Indicator, _ value: MeasureValue?) -> [MeasureValue] {
        guard let value, value != .notApplicable else { return Array(repeating: .notApplicable, count: 4) }
        guard indicator.polarity == .higherIsBetter, indicator.kind == .percentage || indicator.kind == .count, let amount = value.amount else {
            return Array(repeating: value, count: 4)
        }
        let scale = indicator.kind == .count ? 0 : 2
        let units = amount.units(scale: scale)
        return (1...4).map { quarter in
            quarter == 4 ? value : value.replacingAmount(Decimal(units: (units * quarter * 2 + 4) / 8, scale: scale))
        }
    }

    /// RAK targets per quarter: like ``quarters(of:_:)`` for the target, a grade only in Triwulan IV.
    static func actionPlan(of indicator: Indicator, target: MeasureValue) -> [MeasureValue?] {
        if case .grade = target { return [nil, nil, nil, target] }
        return quarters(of: indicator, target).map { $0 }
    }
}
