import Foundation

extension OfficeYearSummary {
    /// Computes the summary of an office-year with the existing rules: ``OfficeYear/measure()``, the DIPA tree's
    /// totals, ``OfficeYear/review()`` and the election and logistics modules. With a mapping, each indicator line
    /// carries the catalogue code a person confirmed for it.
    public init(_ officeYear: OfficeYear, mapping: IndicatorMapping? = nil) {
        let result = officeYear.measure()
        let summary = MeasurementSummary(result)
        let office = officeYear.office
        engineVersion = Self.currentEngineVersion
        officeCode = office.code
        officeName = office.name
        level = office.level
        province = office.province
        parentCode = office.parentCode
        year = officeYear.year
        capaian = result.officeMean
        category = result.officeCategory
        indicatorMean = result.indicatorMean
        cappedAt100 = result.cappedAt100
        indicatorCount = summary.indicatorCount
        measuredCount = summary.measuredCount
        successCount = summary.successCount
        objectives = result.objectives.map {
            ObjectiveRow(id: $0.objective.id, statement: $0.objective.statement, capaian: $0.mean, category: $0.category)
        }
        indicators = result.objectives.flatMap { objective in
            objective.rows.map { IndicatorRow($0, objectiveId: objective.objective.id, in: officeYear, mapping: mapping) }
        }
        budget = BudgetTotals(officeYear)
        review = ReviewCounts(officeYear.review())
        elections = officeYear.elections.map(ElectionFigures.init)
        logistics = officeYear.logistics.flatMap { logistics in
            logistics.isEmpty ? nil : LogisticsFigures(logistics, electionDay: officeYear.logisticsEvent?.date)
        }
    }

    /// The same summary with catalogue codes from another mapping (after KPU RI confirms or changes a match);
    /// nothing else is recomputed.
    public func applying(_ mapping: IndicatorMapping) -> OfficeYearSummary {
        var copy = self
        for index in copy.indicators.indices {
            copy.indicators[index].catalogueCode = mapping.code(officeCode: officeCode, statement: copy.indicators[index].statement)
        }
        return copy
    }

    /// Whether the summary was computed by older rules and must be recomputed.
    public var isStale: Bool { engineVersion < Self.currentEngineVersion }
}

extension OfficeYearSummary.IndicatorRow {
    init(_ row: IndicatorAchievement, objectiveId: String?, in officeYear: OfficeYear, mapping: IndicatorMapping?) {
        let bound = officeYear.boundRealisation(for: row.indicator.id) != nil
        id = row.indicator.id
        statement = row.indicator.statement
        iku = row.indicator.iku
        kind = row.indicator.kind
        polarity = row.indicator.polarity
        unit = row.indicator.unit
        self.objectiveId = objectiveId == "-" ? nil : objectiveId
        target = row.target?.description
        // A rate computed from module data is exact: shown with two decimals, as the LKj shows it.
        if bound, case .percentage(let value)? = row.realisation {
            realisation = IndonesianFormat.percent(value)
        } else {
            realisation = row.realisation?.description
        }
        targetAmount = row.target?.amount
        realisationAmount = row.realisation?.amount
        computedFromModules = bound
        switch row.achievement {
        case .measured: status = .measured
        case .notApplicable: status = .notApplicable
        case .missing: status = .missing
        case .rejected: status = .rejected
        }
        reason = row.achievement.reason
        capaian = row.achievement.percent
        category = row.category
        catalogueCode = mapping?.code(officeCode: officeYear.office.code, statement: row.indicator.statement)
    }
}

extension OfficeYearSummary.BudgetTotals {
    init(_ officeYear: OfficeYear) {
        let tree = officeYear.budget.tree
        let total = tree.total
        pagu = total.pagu
        realisasi = total.realisasi
        absorption = total.persen
        programs = tree.totals(at: .program).map { program in
            Program(code: program.code.full, program: program.code.program ?? program.code.full, name: program.name,
                    pagu: program.figures.pagu, realisasi: program.figures.realisasi, absorption: program.figures.persen)
        }
        agreedTotal = officeYear.governingAgreement.flatMap { $0.programs.isEmpty ? nil : $0.programTotal }
        revisionCount = officeYear.budget.revisions.revisionCount
    }
}

extension OfficeYearSummary.ReviewCounts {
    init(_ report: ReviewReport) {
        errors = report.count(.error)
        warnings = report.count(.warning)
        notes = report.count(.note)
        errorCodes = Array(Set(report.findings(.error).map(\.code))).sorted()
        warningCodes = Array(Set(report.findings(.warning).map(\.code))).sorted()
    }
}
