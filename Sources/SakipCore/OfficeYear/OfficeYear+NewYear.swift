extension OfficeYear {
    /// The start of `year` for the same office: what lasts beyond a year (profile, settings, staff,
    /// sasaran, indicators, Renstra while its period covers `year`) is carried over; what belongs to one
    /// year (RKT, PK, RAK, realisations, measurement, narrative, DIPA, report) starts empty. The earlier
    /// years gain this year's measured target and realisation per indicator, and its pagu and realisasi.
    public func carriedOver(to year: Int) -> OfficeYear {
        var next = OfficeYear(year: year, office: office, settings: settings, people: people,
                              objectives: objectives, indicators: indicators)
        if let renstra, (renstra.startYear...renstra.endYear).contains(year) {
            next.renstra = renstra
        } else {
            // The goals belonged to the ended Renstra; the new period's plan links them again.
            next.objectives = objectives.map { Objective(id: $0.id, statement: $0.statement) }
        }
        let figures = budget.tree.total
        var history = budget.history.filter { $0.year < year && $0.year != self.year }
        if self.year < year, !budget.tree.lines.isEmpty {
            history.append(BudgetYear(year: self.year, pagu: figures.pagu, realisasi: figures.realisasi))
        }
        next.budget.history = history.sorted { $0.year < $1.year }
        var indicatorYears = indicatorHistory.filter { $0.year < year && $0.year != self.year }
        if self.year < year {
            indicatorYears += measure().rows.compactMap { row in
                guard row.target != nil || row.realisation != nil else { return nil }
                return IndicatorHistoryEntry(indicatorId: row.indicator.id, year: self.year, target: row.target, realisation: row.realisation)
            }
        }
        next.indicatorHistory = indicatorYears
        return next
    }
}
