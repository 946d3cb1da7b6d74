import Foundation

extension OfficeYearReader {
    func readObjective(_ field: JSONField) -> Objective? {
        guard let o = field.object(["id", "statement", "goalId"]) else { return nil }
        let id = o.required("id")?.identifier()
        let statement = o.required("statement")?.string()
        guard let id, let statement else { return nil }
        return Objective(id: id, statement: statement, goalId: o.optional("goalId")?.identifier())
    }

    func readIndicator(_ field: JSONField) -> Indicator? {
        guard let i = field.object(["id", "statement", "kind", "unit", "scale", "polarity", "lowerIsBetterFormula", "iku",
                                    "yearValue", "definition", "dataSource", "responsibleUnit"]) else { return nil }
        let id = i.required("id")?.identifier()
        let statement = i.required("statement")?.string()
        let kind = i.required("kind")?.choice(IndicatorKind.self)
        let scale = i.optional("scale")?.choice(GradeScale.self)
        let polarity = i.optional("polarity")?.choice(Polarity.self)
        let formula = i.optional("lowerIsBetterFormula")?.choice(LowerIsBetterFormula.self)
        let yearValue = i.optional("yearValue")?.choice(Indicator.YearValue.self)
        if kind == .grade, scale == nil, i.optional("scale") == nil {
            field.log.error("\(field.path).scale", nil, "indikator bertipe nilai wajib menyebut skalanya: SAKIP atau Opini BPK")
        }
        guard let id, let statement, let kind else { return nil }
        return Indicator(id: id, statement: statement, kind: kind, unit: i.optional("unit")?.string(), scale: scale,
                         polarity: polarity ?? .higherIsBetter, lowerIsBetterFormula: formula,
                         iku: i.optional("iku")?.bool() ?? false, yearValue: yearValue ?? .lastQuarter,
                         definition: i.optional("definition")?.string(), dataSource: i.optional("dataSource")?.string(),
                         responsibleUnit: i.optional("responsibleUnit")?.string())
    }

    func readRenstra(_ field: JSONField) -> Renstra? {
        guard let r = field.object(["startYear", "endYear", "decree", "vision", "missions", "goals", "policies", "targets"]) else { return nil }
        let start = r.required("startYear")?.year()
        let end = r.required("endYear")?.year()
        if let start, let end, let problem = YearRule.renstraProblem(start: start, end: end) { r.optional("endYear")?.fail(problem) }
        let period = start.flatMap { start in end.flatMap { YearRule.renstraPeriod(start: start, end: $0) } }
        let goals = r.list("goals").compactMap { goal -> Renstra.Goal? in
            guard let g = goal.object(["id", "statement"]), let id = g.required("id")?.identifier(),
                  let statement = g.required("statement")?.string() else { return nil }
            return Renstra.Goal(id: id, statement: statement)
        }
        let targets = r.list("targets").readEach { target -> Renstra.TargetSeries? in
            guard let t = target.object(["objectiveId", "indicatorId", "byYear"]) else { return nil }
            let indicatorId = t.required("indicatorId")?.identifier()
            var byYear: [Int: MeasureValue] = [:]
            if let years = t.required("byYear"), case .object(let pairs) = years.value {
                for pair in pairs {
                    let entry = JSONField(value: pair.value, path: "\(years.path).\(pair.key)", log: log)
                    guard let year = Int(pair.key), pair.key.count == 4 else {
                        entry.fail("kunci tahun harus empat angka")
                        continue
                    }
                    if let period, !period.contains(year) {
                        entry.fail("tahun \(year) di luar periode Renstra \(period.lowerBound)–\(period.upperBound)")
                    }
                    if let value = entry.measureValue() { byYear[year] = value }
                }
            } else {
                t.optional("byYear")?.fail("diharapkan objek tahun → target, misalnya {\"2024\": \"75 %\"}")
            }
            guard let indicatorId else { return nil }
            return Renstra.TargetSeries(objectiveId: t.optional("objectiveId")?.identifier(), indicatorId: indicatorId, byYear: byYear)
        }
        guard let period else { return nil }
        return Renstra(startYear: period.lowerBound, endYear: period.upperBound, decree: r.optional("decree")?.string(), vision: r.optional("vision")?.string(),
                       missions: r.list("missions").compactMap { $0.string() }, goals: goals,
                       policies: r.list("policies").compactMap { $0.string() }, targets: targets)
    }

    /// A PK row must state its target; an RKT row may be printed without one (`targetRequired` false).
    func readTargetRow(_ field: JSONField, targetRequired: Bool = true) -> TargetRow? {
        guard let t = field.object(["objectiveId", "indicatorId", "target", "activityTarget"]) else { return nil }
        let indicatorId = t.required("indicatorId")?.identifier()
        let targetField = targetRequired ? t.required("target") : t.optional("target")
        let target = targetField?.measureValue()
        guard let indicatorId, target != nil || !targetRequired else { return nil }
        return TargetRow(objectiveId: t.optional("objectiveId")?.identifier(), indicatorId: indicatorId, statedTarget: target,
                         activityTarget: t.optional("activityTarget")?.string())
    }

    func readProgram(_ field: JSONField) -> ProgramBudget? {
        guard let p = field.object(["code", "name", "amount"]) else { return nil }
        let name = p.required("name")?.string()
        let amount = p.required("amount")?.amount()
        guard let name, let amount else { return nil }
        return ProgramBudget(code: p.optional("code")?.string(), name: name, amount: amount)
    }

    func readAnnualPlan(_ field: JSONField) -> AnnualPlan? {
        guard let r = field.object(["level", "rows", "programs"]) else { return nil }
        return AnnualPlan(rows: r.list("rows").readEach { readTargetRow($0, targetRequired: false) },
                          programs: r.list("programs").compactMap(readProgram),
                          level: r.optional("level")?.choice(PerformanceAgreement.Level.self))
    }

    func readParty(_ field: JSONField) -> PerformanceAgreement.Party? {
        guard let p = field.object(["personId", "name", "nip", "position"]) else { return nil }
        let name = p.required("name")?.string()
        let position = p.required("position")?.string()
        guard let name, let position else { return nil }
        return PerformanceAgreement.Party(personId: p.optional("personId")?.identifier(), name: name,
                                          nip: p.optional("nip")?.string(), position: position)
    }

    func readAgreement(_ field: JSONField) -> PerformanceAgreement? {
        guard let a = field.object(["level", "revision", "signedOn", "place", "firstParty", "secondParty", "rows", "programs"]) else { return nil }
        let level = a.required("level")?.choice(PerformanceAgreement.Level.self)
        let revision = a.required("revision")?.revisionNumber()
        let rows = a.required("rows")?.array()?.readEach { readTargetRow($0) }
        guard let level, let revision, let rows else { return nil }
        return PerformanceAgreement(level: level, revision: revision, signedOn: a.optional("signedOn")?.date(),
                                    place: a.optional("place")?.string(), firstParty: a.optional("firstParty").flatMap(readParty),
                                    secondParty: a.optional("secondParty").flatMap(readParty), rows: rows,
                                    programs: a.list("programs").compactMap(readProgram))
    }

    func readActionPlanRow(_ field: JSONField) -> ActionPlanRow? {
        guard let r = field.object(["indicatorId", "quarters"]) else { return nil }
        let indicatorId = r.required("indicatorId")?.identifier()
        guard let quartersField = r.required("quarters"), let items = quartersField.array() else { return nil }
        guard items.count == 4 else {
            quartersField.fail("RAK harus berisi tepat empat triwulan, ditemukan \(items.count)")
            return nil
        }
        let quarters = items.map { $0.value == .null ? nil : $0.measureValue() }
        guard let indicatorId else { return nil }
        return ActionPlanRow(indicatorId: indicatorId, quarters: quarters)
    }

    func readRealisation(_ field: JSONField) -> QuarterlyRealisation? {
        guard let r = field.object(["indicatorId", "quarter", "value", "explanation", "evidence"]) else { return nil }
        let indicatorId = r.required("indicatorId")?.identifier()
        let quarterField = r.required("quarter")
        let number = quarterField?.int()
        let quarter = number.flatMap(Quarter.init(rawValue:))
        if number != nil, quarter == nil { quarterField?.fail("triwulan harus 1 sampai 4") }
        let value = r.required("value")?.measureValue()
        guard let indicatorId, let quarter, let value else { return nil }
        return QuarterlyRealisation(indicatorId: indicatorId, quarter: quarter, value: value,
                                    explanation: r.optional("explanation")?.string(),
                                    evidence: r.list("evidence").compactMap { $0.string() })
    }

    func readMeasurement(_ field: JSONField) -> MeasurementTable? {
        guard let m = field.object(["rows", "printed"]) else { return nil }
        let rows = m.list("rows").readEach { row -> MeasurementTable.Row? in
            guard let r = row.object(["objectiveId", "indicatorId", "target", "realisation", "notApplicableReason", "printed"]) else { return nil }
            let indicatorId = r.required("indicatorId")?.identifier()
            let printed = r.optional("printed")?.object(["capaian", "category"])
            guard let indicatorId else { return nil }
            return MeasurementTable.Row(objectiveId: r.optional("objectiveId")?.identifier(), indicatorId: indicatorId,
                                        target: r.optional("target")?.measureValue(), realisation: r.optional("realisation")?.measureValue(),
                                        notApplicableReason: r.optional("notApplicableReason")?.string(),
                                        printedCapaian: printed?.optional("capaian")?.string(),
                                        printedCategory: printed?.optional("category")?.string())
        }
        let printed = m.optional("printed")?.object(["officeCapaian", "officeCategory"])
        return MeasurementTable(rows: rows, printedOfficeCapaian: printed?.optional("officeCapaian")?.string(),
                                printedOfficeCategory: printed?.optional("officeCategory")?.string())
    }

    func readHistoryEntry(_ field: JSONField) -> IndicatorHistoryEntry? {
        guard let h = field.object(["indicatorId", "year", "target", "realisation", "capaian"]) else { return nil }
        let indicatorId = h.required("indicatorId")?.identifier()
        let year = h.required("year")?.year()
        guard let indicatorId, let year else { return nil }
        return IndicatorHistoryEntry(indicatorId: indicatorId, year: year, target: h.optional("target")?.measureValue(),
                                     realisation: h.optional("realisation")?.measureValue(),
                                     statedCapaian: h.optional("capaian")?.measureValue())
    }

    func readAnalysis(_ field: JSONField) -> IndicatorAnalysis? {
        guard let a = field.object(["indicatorId", "actions", "obstacles", "solutions"]),
              let indicatorId = a.required("indicatorId")?.identifier() else { return nil }
        return IndicatorAnalysis(indicatorId: indicatorId, actions: a.optional("actions")?.string(),
                                 obstacles: a.optional("obstacles")?.string(), solutions: a.optional("solutions")?.string())
    }
}
