import Foundation

extension OfficeYearGenerator {
    /// The office-year of `figures.year`: PKs signed in January, RKT, RAK, quarterly realisations, the measurement
    /// of the Ketua's PK, the DIPA with its history, elections, logistics and bindings, and the signed report. Earlier
    /// years' figures become its indicator and budget history. A scenario then writes its mistakes and rewordings in.
    func officeYear(_ prepared: PreparedOffice, figures: YearFigures, earlier: [YearFigures], scenario: OfficeYearScenario?) -> OfficeYear {
        let year = figures.year
        var random = SeededRandom(seed: seed, "dates", prepared.office.code, "\(year)")
        var data = prepared.base
        data.year = year
        let place = prepared.office.office.city
        let signed = CalendarDate(year: year, month: 1, day: random.int(2...20))
        data.agreements = PerformanceAgreement.Level.allCases.compactMap { level in
            guard let source = prepared.template.source.agreements.current(level) else { return nil }
            return PerformanceAgreement(level: level, revision: 0, signedOn: signed, place: place,
                                        firstParty: party(source.firstParty, prepared), secondParty: party(source.secondParty, prepared),
                                        rows: source.rows.compactMap { row in
                                            figures.draws[row.indicatorId].map { TargetRow(objectiveId: row.objectiveId, indicatorId: row.indicatorId, target: $0.target) }
                                        },
                                        programs: figures.budget.initialPrograms)
        }
        let governing = data.governingAgreement
        if let plan = prepared.template.source.annualPlan {
            data.annualPlan = AnnualPlan(rows: plan.rows.compactMap { row in
                figures.draws[row.indicatorId].map { TargetRow(objectiveId: row.objectiveId, indicatorId: row.indicatorId, target: $0.target,
                                                               activityTarget: row.activityTarget) }
            }, programs: figures.budget.initialPrograms)
        }
        var actionPlan: [ActionPlanRow] = []
        var realisations: [QuarterlyRealisation] = []
        for id in prepared.template.agreementIndicators {
            guard let indicator = data.indicator(id), let draw = figures.draws[id] else { continue }
            if draw.notApplicableReason == nil {
                actionPlan.append(ActionPlanRow(indicatorId: id, quarters: Self.actionPlan(of: indicator, target: draw.target)))
            }
            for (index, value) in Self.quarters(of: indicator, draw.realisation).enumerated() {
                realisations.append(QuarterlyRealisation(indicatorId: id, quarter: Quarter(rawValue: index + 1) ?? .fourth, value: value))
            }
        }
        data.actionPlan = actionPlan
        data.realisations = realisations
        data.measurement = MeasurementTable(rows: (governing?.rows ?? []).map { row in
            MeasurementTable.Row(objectiveId: row.objectiveId, indicatorId: row.indicatorId, target: row.target,
                                 notApplicableReason: figures.draws[row.indicatorId]?.notApplicableReason)
        })
        data.indicatorHistory = earlier.suffix(4).flatMap { previous in
            (governing?.rows ?? []).compactMap { row in
                previous.draws[row.indicatorId].flatMap { draw in
                    draw.realisation.map { IndicatorHistoryEntry(indicatorId: row.indicatorId, year: previous.year, target: draw.target, realisation: $0) }
                }
            }
        }
        data.budget = Budget(tree: figures.budget.tree, revisions: figures.budget.revisions,
                             history: (earlier + [figures]).map { BudgetYear(year: $0.year, pagu: $0.budget.tree.total.pagu, realisasi: $0.budget.tree.total.realisasi) })
        data.elections = figures.elections
        data.logistics = figures.logistics
        data.bindings = figures.bindings
        data.report = ReportInfo(place: place, date: CalendarDate(year: year + 1, month: 1, day: random.int(6...28)),
                                 signatoryId: prepared.person(.ketua)?.id ?? prepared.template.source.report.signatoryId,
                                 renstraYearNumber: data.renstra?.yearNumber(of: year))
        if let scenario { apply(scenario, to: &data, prepared) }
        return data
    }

    private func party(_ party: PerformanceAgreement.Party?, _ prepared: PreparedOffice) -> PerformanceAgreement.Party? {
        guard let party else { return nil }
        let person = party.personId.flatMap { prepared.base.person($0) }
        return PerformanceAgreement.Party(personId: party.personId, name: person?.name ?? party.name, nip: person?.nip,
                                          position: prepared.renamer(party.position))
    }
}
