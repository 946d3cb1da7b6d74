/// A PK indicator whose realisation is incomplete: no year value at all, or quarters not filled.
public struct MissingRealisation: Hashable, Sendable {
    public var indicator: Indicator
    /// True when no realisation exists for the year (neither quarterly nor in the measurement table).
    public var noYearValue: Bool
    /// Quarters up to the reference quarter without an entry.
    public var quarters: [Quarter]
}

extension OfficeYear {
    /// What is missing for the governing PK's indicators, up to and including `quarter`
    /// (the current quarter during the year, Triwulan IV afterwards).
    public func missingRealisations(through quarter: Quarter) -> [MissingRealisation] {
        let rows = governingAgreement?.rows ?? []
        var seen = Set<String>()
        return rows.compactMap { row in
            guard seen.insert(row.indicatorId).inserted, let indicator = indicator(row.indicatorId) else { return nil }
            let entered = Set(realisations.filter { $0.indicatorId == row.indicatorId }.map(\.quarter))
            let gaps = Quarter.allCases.filter { $0 <= quarter && !entered.contains($0) }
            let stated = measurement.rows.first { $0.indicatorId == row.indicatorId }
            let hasYearValue = stated?.realisation != nil || stated?.notApplicableReason != nil || !entered.isEmpty
            guard !gaps.isEmpty || !hasYearValue else { return nil }
            return MissingRealisation(indicator: indicator, noYearValue: !hasYearValue, quarters: gaps)
        }
    }

    /// The quarter that should be filled by `date`: the date's quarter within the year, Triwulan IV after it.
    public func referenceQuarter(on date: CalendarDate) -> Quarter {
        if date.year > year { return .fourth }
        if date.year < year { return .first }
        return date.quarter
    }
}
