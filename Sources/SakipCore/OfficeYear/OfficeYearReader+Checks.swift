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
            if let id, !indicatorIds.contains(id) { log.error(path, id, "tidak ada indikator dengan ID ini pada daftar indikator") }
        }
        func objective(_ id: String?, _ path: String) {
            if let id, !objectiveIds.contains(id) { log.error(path, id, "tidak ada sasaran dengan ID ini pada daftar sasaran") }
        }
        func person(_ id: String?, _ path: String) {
            if let id, !personIds.contains(id) { log.error(path, id, "tidak ada pegawai dengan ID ini pada daftar pegawai") }
        }

        for (i, o) in file.objectives.enumerated() {
            if let goalId = o.goalId, !goalIds.contains(goalId) {
                log.error("\(log.item("$.objectives", i)).goalId", goalId, "tidak ada tujuan Renstra dengan ID ini")
            }
        }
        for (i, t) in (file.renstra?.targets ?? []).enumerated() {
            indicator(t.indicatorId, "\(log.item("$.renstra.targets", i)).indicatorId")
            objective(t.objectiveId, "\(log.item("$.renstra.targets", i)).objectiveId")
        }
        for (i, row) in (file.annualPlan?.rows ?? []).enumerated() {
            indicator(row.indicatorId, "\(log.item("$.rkt.rows", i)).indicatorId")
            objective(row.objectiveId, "\(log.item("$.rkt.rows", i)).objectiveId")
        }
        var seenAgreements = Set<String>()
        for (a, agreement) in file.agreements.enumerated() {
            if !seenAgreements.insert("\(agreement.level.rawValue)-\(agreement.revision)").inserted {
                log.error(log.item("$.agreements", a), nil, "\(agreement.level.label) revisi \(agreement.revision) tercatat dua kali")
            }
            person(agreement.firstParty?.personId, "\(log.item("$.agreements", a)).firstParty.personId")
            person(agreement.secondParty?.personId, "\(log.item("$.agreements", a)).secondParty.personId")
            for (i, row) in agreement.rows.enumerated() {
                indicator(row.indicatorId, "\(log.item("\(log.item("$.agreements", a)).rows", i)).indicatorId")
                objective(row.objectiveId, "\(log.item("\(log.item("$.agreements", a)).rows", i)).objectiveId")
            }
        }
        for (i, row) in file.actionPlan.enumerated() { indicator(row.indicatorId, "\(log.item("$.actionPlan", i)).indicatorId") }
        var seenQuarters = Set<String>()
        for (i, r) in file.realisations.enumerated() {
            indicator(r.indicatorId, "\(log.item("$.realisations", i)).indicatorId")
            if !seenQuarters.insert("\(r.indicatorId)-\(r.quarter.rawValue)").inserted {
                log.error(log.item("$.realisations", i), nil, "realisasi \(r.quarter.name) untuk indikator \(r.indicatorId) tercatat dua kali")
            }
        }
        for (i, row) in file.measurement.rows.enumerated() {
            indicator(row.indicatorId, "\(log.item("$.measurement.rows", i)).indicatorId")
            objective(row.objectiveId, "\(log.item("$.measurement.rows", i)).objectiveId")
        }
        for (i, h) in file.indicatorHistory.enumerated() { indicator(h.indicatorId, "\(log.item("$.indicatorHistory", i)).indicatorId") }
        for (i, a) in file.analyses.enumerated() { indicator(a.indicatorId, "\(log.item("$.analyses", i)).indicatorId") }
        person(file.report.signatoryId, "$.report.signatoryId")
        for (i, c) in file.report.claims.enumerated() { indicator(c.indicatorId, "\(log.item("$.report.claims", i)).indicatorId") }
    }

    /// Values that do not fit their indicator's kind are kept but warned about, with their place.
    func checkKinds(_ file: OfficeYear) {
        // Indicators by id, looked up once per value (ids are unique once the file is read).
        let indicators = Dictionary(file.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func check(_ value: MeasureValue?, _ indicatorId: String, _ path: String) {
            guard let value, !value.isUnreadable, let indicator = indicators[indicatorId] else { return }
            do { _ = try indicator.reading(of: value) } catch {
                log.warning(path, value.fileSpelling, error.reason, refusedWhereTyped: true)
            }
        }
        for (i, t) in (file.renstra?.targets ?? []).enumerated() {
            for (year, value) in t.byYear.sorted(by: { $0.key < $1.key }) { check(value, t.indicatorId, "\(log.item("$.renstra.targets", i)).byYear.\(year)") }
        }
        for (i, row) in (file.annualPlan?.rows ?? []).enumerated() { check(row.statedTarget, row.indicatorId, "\(log.item("$.rkt.rows", i)).target") }
        for (a, agreement) in file.agreements.enumerated() {
            for (i, row) in agreement.rows.enumerated() { check(row.target, row.indicatorId, "\(log.item("\(log.item("$.agreements", a)).rows", i)).target") }
        }
        for (i, row) in file.actionPlan.enumerated() {
            for (q, value) in row.quarters.enumerated() { check(value, row.indicatorId, "\(log.item("$.actionPlan", i)).quarters[\(q)]") }
        }
        for (i, r) in file.realisations.enumerated() { check(r.value, r.indicatorId, "\(log.item("$.realisations", i)).value") }
        for (i, h) in file.indicatorHistory.enumerated() {
            check(h.target, h.indicatorId, "\(log.item("$.indicatorHistory", i)).target")
            check(h.realisation, h.indicatorId, "\(log.item("$.indicatorHistory", i)).realisation")
        }
        for (i, row) in file.measurement.rows.enumerated() {
            check(row.target, row.indicatorId, "\(log.item("$.measurement.rows", i)).target")
            check(row.realisation, row.indicatorId, "\(log.item("$.measurement.rows", i)).realisation")
        }
    }

    private func duplicates(_ ids: [String], path: String, what: String) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            log.error("\(log.item(path, i)).id", id, "id \(what) ini sudah dipakai")
        }
    }
}
