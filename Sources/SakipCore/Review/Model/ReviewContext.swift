import Foundation

/// What every check reads: the office-year and the figures computed from it once, so that checks
/// agree on one measurement and do not recompute it.
public struct ReviewContext: Sendable {
    /// A row of the stated measurement table with what the engine measures for it.
    public struct MeasuredRow: Sendable {
        /// Position in `measurement.rows` (for the JSON path).
        public var index: Int
        public var row: MeasurementTable.Row
        public var input: MeasurementAggregator.Input
        /// The capaian computed from the PK's target and the year's realisation.
        public var achievement: Achievement
    }

    public let officeYear: OfficeYear
    public let measurement: MeasurementResult
    /// The PK the office is measured against, with its position in `agreements`.
    public let governing: (index: Int, agreement: PerformanceAgreement)?
    /// The stated measurement table's rows (empty when the file lets the PK stand for the table).
    public let measuredRows: [MeasuredRow]
    /// The budget rows with the figures the evidence supports, the grand total last.
    let budgetRows: [ReconciledBudgetRow]

    public init(_ officeYear: OfficeYear) {
        self.officeYear = officeYear
        measurement = officeYear.measure()
        if let pk = officeYear.governingAgreement, let index = officeYear.agreements.firstIndex(of: pk) {
            governing = (index, pk)
        } else {
            governing = nil
        }
        let inputs = officeYear.measurementInputs
        let formula = officeYear.settings.lowerIsBetterFormula
        // measurementInputs keeps the table's order; a row whose indicator is undeclared cannot reach here
        // because the reader refuses dangling ids, but pairing by position is guarded anyway.
        if !officeYear.measurement.rows.isEmpty, inputs.count == officeYear.measurement.rows.count {
            measuredRows = zip(officeYear.measurement.rows.indices, inputs).map { index, input in
                let achievement = input.notApplicableReason.map { Achievement.notApplicable(reason: $0) }
                    ?? CapaianCalculator.capaian(indicator: input.indicator, target: input.target,
                                                 realisation: input.realisation, formula: formula)
                return MeasuredRow(index: index, row: officeYear.measurement.rows[index], input: input, achievement: achievement)
            }
        } else {
            measuredRows = []
        }
        budgetRows = BudgetReconciliation.reconcile(officeYear)
    }

    /// The measurement input of an indicator: the target and realisation the report must state for it.
    public func input(for indicatorId: String) -> MeasurementAggregator.Input? {
        measuredRows.first { $0.input.indicator.id == indicatorId }?.input
            ?? officeYear.measurementInputs.first { $0.indicator.id == indicatorId }
    }

    /// "I10 Persentase Pemilih …": an indicator named for a place.
    public func indicatorLabel(_ id: String) -> String {
        officeYear.indicator(id).map { "\(id) \($0.statement)" } ?? id
    }

    /// "indikator “Persentase Pemilih …”": an indicator named in a message by its statement, which an office user
    /// reads in its documents (the file's id means nothing to them).
    public func indicatorName(_ id: String) -> String {
        guard let statement = officeYear.indicator(id)?.statement else { return "indikator \(id)" }
        return "indikator “\(ReviewText.shortened(statement))”"
    }

    /// "sasaran “Meningkatnya …”".
    public func objectiveName(_ id: String) -> String {
        guard let statement = officeYear.objective(id)?.statement else { return "sasaran \(id)" }
        return "sasaran “\(ReviewText.shortened(statement))”"
    }

    /// "PK Ketua", "PK Sekretaris revisi 1".
    public static func agreementLabel(_ agreement: PerformanceAgreement) -> String {
        agreement.revision == 0 ? agreement.level.label : "\(agreement.level.label) revisi \(agreement.revision)"
    }
}
