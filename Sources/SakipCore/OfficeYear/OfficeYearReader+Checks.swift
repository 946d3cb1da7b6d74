extension OfficeYearReader {
    /// Ids must be unique and every reference must name something declared.
    func checkReferences(_ file: OfficeYear) {
        duplicates(file.people.map(\.id), path: "$.people", what: "orang")
        duplicates(file.objectives.map(\.id), path: "$.objectives", what: "sasaran")
        duplicates(file.indicators.map(\.id), path: "$.indicators", what: "indikator")
        let indicatorIds = Set(file.indicators.map(\.id))
        let objectiveIds = Set(file.objectives.map(\.id))
        let personIds = Set(file.people.map(\.id))
        let goalIds = Set(file.renstra?.goals.map(\.id) ?? [])

        func indicator(_ id: String?, _ path: String) {
            if let id, !indicatorIds.contains(id) { log.error(path, id, "indikator dengan id ini tidak dideklarasikan di $.indicators") }
        }
        func objective(_ id: String?, _ path: String) {
            if let id, !objectiveIds.contains(id) { log.error(path, id, "sasaran dengan id ini tidak dideklarasikan di $.objectives") }
        }
        func person(_ id: String?, _ path: String) {
            if let id, !personIds.contains(id) { log.error(path, id, "orang dengan id ini tidak dideklarasikan di $.people") }
        }

        for (i, o) in file.objectives.enumerated() where o.goalId != nil && !goalIds.contains(o.goalId!) {
            log.error("$.objectives[\(i)].goalId", o.goalId, "tujuan dengan id ini tidak ada di $.renstra.goals")
        }
        for (i, t) in (file.renstra?.targets ?? []).enumerated() {
            indicator(t.indicatorId, "$.renstra.targets[\(i)].indicatorId")
            objective(t.objectiveId, "$.renstra.targets[\(i)].objectiveId")
        }
        for (i, row) in (file.annualPlan?.rows ?? []).enumerated() {
            indicator(row.indicatorId, "$.rkt.rows[\(i)].indicatorId")
            objective(row.objectiveId, "$.rkt.rows[\(i)].objectiveId")
        }
        var seenAgreements = Set<String>()
        for (a, agreement) in file.agreements.enumerated() {
            if !seenAgreements.insert("\(agreement.level.rawValue)-\(agreement.revision)").inserted {
                log.error("$.agreements[\(a)]", nil, "\(agreement.level.label) revisi \(agreement.revision) tercatat dua kali")
            }
            person(agreement.firstParty?.personId, "$.agreements[\(a)].firstParty.personId")
            person(agreement.secondParty?.personId, "$.agreements[\(a)].secondParty.personId")
            for (i, row) in agreement.rows.enumerated() {
                indicator(row.indicatorId, "$.agreements[\(a)].rows[\(i)].indicatorId")
                objective(row.objectiveId, "$.agreements[\(a)].rows[\(i)].objectiveId")
            }
        }
        for (i, row) in file.actionPlan.enumerated() { indicator(row.indicatorId, "$.actionPlan[\(i)].indicatorId") }
        var seenQuarters = Set<String>()
        for (i, r) in file.realisations.enumerated() {
            indicator(r.indicatorId, "$.realisations[\(i)].indicatorId")
            if !seenQuarters.insert("\(r.indicatorId)-\(r.quarter.rawValue)").inserted {
                log.error("$.realisations[\(i)]", nil, "realisasi \(r.quarter.name) untuk indikator \(r.indicatorId) tercatat dua kali")
            }
        }
        for (i, row) in file.measurement.rows.enumerated() {
            indicator(row.indicatorId, "$.measurement.rows[\(i)].indicatorId")
            objective(row.objectiveId, "$.measurement.rows[\(i)].objectiveId")
        }
        for (i, h) in file.indicatorHistory.enumerated() { indicator(h.indicatorId, "$.indicatorHistory[\(i)].indicatorId") }
        for (i, a) in file.analyses.enumerated() { indicator(a.indicatorId, "$.analyses[\(i)].indicatorId") }
        person(file.report.signatoryId, "$.report.signatoryId")
        for (i, c) in file.report.claims.enumerated() { indicator(c.indicatorId, "$.report.claims[\(i)].indicatorId") }
    }

    /// Values that do not fit their indicator's kind are kept but warned about, with their place.
    func checkKinds(_ file: OfficeYear) {
        func check(_ value: MeasureValue?, _ indicatorId: String, _ path: String) {
            guard let value, let indicator = file.indicator(indicatorId) else { return }
            do { _ = try indicator.reading(of: value) } catch { log.warning(path, value.fileSpelling, error.reason) }
        }
        for (i, t) in (file.renstra?.targets ?? []).enumerated() {
            for (year, value) in t.byYear.sorted(by: { $0.key < $1.key }) { check(value, t.indicatorId, "$.renstra.targets[\(i)].byYear.\(year)") }
        }
        for (i, row) in (file.annualPlan?.rows ?? []).enumerated() { check(row.target, row.indicatorId, "$.rkt.rows[\(i)].target") }
        for (a, agreement) in file.agreements.enumerated() {
            for (i, row) in agreement.rows.enumerated() { check(row.target, row.indicatorId, "$.agreements[\(a)].rows[\(i)].target") }
        }
        for (i, row) in file.actionPlan.enumerated() {
            for (q, value) in row.quarters.enumerated() { check(value, row.indicatorId, "$.actionPlan[\(i)].quarters[\(q)]") }
        }
        for (i, r) in file.realisations.enumerated() { check(r.value, r.indicatorId, "$.realisations[\(i)].value") }
        for (i, row) in file.measurement.rows.enumerated() {
            check(row.target, row.indicatorId, "$.measurement.rows[\(i)].target")
            check(row.realisation, row.indicatorId, "$.measurement.rows[\(i)].realisation")
        }
    }

    private func duplicates(_ ids: [String], path: String, what: String) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            log.error("\(path)[\(i)].id", id, "id \(what) ini sudah dipakai")
        }
    }
}
