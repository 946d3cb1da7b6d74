import Foundation

extension OfficeYear {
    /// The PK the office is measured against (the Ketua's current PK, else the Sekretaris's).
    public var governingAgreement: PerformanceAgreement? { agreements.governing }

    /// The rows to measure: the stated measurement table, or the governing PK's rows when there is none.
    /// The PK's target wins over a target stated in the table (the LKj measures against the PK), and
    /// quarterly realisations entered in the application win over a stated year value. A binding to election or
    /// logistics data wins over both: binding > quarterly realisations > table value.
    public var measurementInputs: [MeasurementAggregator.Input] {
        let pk = governingAgreement
        let stated = measurement.rows.isEmpty
            ? (pk?.rows ?? []).map { MeasurementTable.Row(objectiveId: $0.objectiveId, indicatorId: $0.indicatorId) }
            : measurement.rows
        return stated.compactMap { row in
            guard let indicator = indicator(row.indicatorId) else { return nil }
            let pkRow = pk?.rows.first { $0.indicatorId == row.indicatorId }
            let objectiveId = row.objectiveId ?? pkRow?.objectiveId
            let objective = objectiveId.flatMap { self.objective($0) } ?? Objective(id: "-", statement: "Tanpa sasaran")
            return MeasurementAggregator.Input(objective: objective, indicator: indicator,
                                               target: pkRow?.target ?? row.target,
                                               realisation: boundRealisation(for: indicator.id)?.value
                                                   ?? indicator.yearValue(from: realisations) ?? row.realisation,
                                               notApplicableReason: row.notApplicableReason)
        }
    }

    /// The year's measurement: capaian per indicator, per sasaran and for the office.
    public func measure() -> MeasurementResult {
        MeasurementAggregator.measure(measurementInputs, settings: settings)
    }

    /// This year beside earlier years and the Renstra's final-year target.
    public func yearComparison(_ result: MeasurementResult? = nil) -> YearComparison {
        YearComparison.build(result: result ?? measure(), history: indicatorHistory, renstra: renstra, year: year)
    }

    /// The governing PK's program budget beside the final pagu.
    public var programBudgetComparison: [ProgramBudgetComparison] {
        ProgramBudgetComparison.compare(agreed: governingAgreement?.programs ?? [], with: budget.tree)
    }
}
