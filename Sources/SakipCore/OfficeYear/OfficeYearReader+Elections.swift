import Foundation

/// `elections` and `bindings` (docs/office-year-format.md); `logistics` is in OfficeYearReader+Logistics.swift.
extension OfficeYearReader {
    func readElection(_ field: JSONField) -> ElectionEvent? {
        guard let e = field.object(["id", "name", "date", "kind", "participationBase", "dpt", "dptb", "dpk", "turnout", "claims"])
        else { return nil }
        let id = e.required("id")?.identifier()
        let name = e.required("name")?.string()
        let kind = e.required("kind")?.choice(ElectionKind.self)
        let base = e.optional("participationBase")?.choice(ParticipationBase.self) ?? .dpt
        let dpt = e.optional("dpt").flatMap(readDPT) ?? DPTRecap()
        let turnout = e.optional("turnout").flatMap(readTurnout)
        let claims = e.list("claims").compactMap(readStatedCount)
        guard let id, let name, let kind else { return nil }
        return ElectionEvent(id: id, name: name, date: e.optional("date")?.date(), kind: kind, participationBase: base, dpt: dpt,
                             dptb: e.optional("dptb").flatMap(readVoterCount), dpk: e.optional("dpk").flatMap(readVoterCount),
                             turnout: turnout, claims: claims)
    }

    private func readDPT(_ field: JSONField) -> DPTRecap? {
        guard let d = field.object(["where", "rows", "total"]) else { return nil }
        let rows = d.list("rows").compactMap(readDPTRow)
        var total: DPTRecap.StatedTotal?
        if let t = d.optional("total")?.object(["villages", "tps", "male", "female", "total"]) {
            total = DPTRecap.StatedTotal(villageCount: t.optional("villages")?.count(), tps: t.optional("tps")?.count(),
                                         male: t.optional("male")?.count(), female: t.optional("female")?.count(),
                                         total: t.optional("total")?.count())
        }
        return DPTRecap(location: d.optional("where")?.string(), rows: rows, statedTotal: total)
    }

    private func readDPTRow(_ field: JSONField) -> DPTRow? {
        guard let r = field.object(["area", "villages", "tps", "male", "female", "total", "subareas"]) else { return nil }
        let area = r.required("area")?.string()
        let tps = r.required("tps")?.count()
        let male = r.required("male")?.count()
        let female = r.required("female")?.count()
        let subareas = r.list("subareas").compactMap(readDPTRow)
        guard let area, let tps, let male, let female else { return nil }
        return DPTRow(area: area, villageCount: r.optional("villages")?.count(), tps: tps, voters: VoterCount(male: male, female: female),
                      statedTotal: r.optional("total")?.count(), subareas: subareas)
    }

    private func readVoterCount(_ field: JSONField) -> VoterCount? {
        guard let v = field.object(["male", "female"]) else { return nil }
        let male = v.required("male")?.count()
        let female = v.required("female")?.count()
        guard let male, let female else { return nil }
        return VoterCount(male: male, female: female)
    }

    private func readTurnout(_ field: JSONField) -> Turnout? {
        guard let t = field.object(["male", "female", "disabilityRegistered", "disabilityVoted", "firstTimeRegistered",
                                    "firstTimeVoted", "validBallots", "invalidBallots"]) else { return nil }
        let male = t.required("male")?.count()
        let female = t.required("female")?.count()
        let turnout = Turnout(voted: VoterCount(male: male ?? 0, female: female ?? 0),
                              disabilityRegistered: t.optional("disabilityRegistered")?.count(),
                              disabilityVoted: t.optional("disabilityVoted")?.count(),
                              firstTimeRegistered: t.optional("firstTimeRegistered")?.count(),
                              firstTimeVoted: t.optional("firstTimeVoted")?.count(),
                              validBallots: t.optional("validBallots")?.count(), invalidBallots: t.optional("invalidBallots")?.count())
        if let voted = turnout.disabilityVoted, let registered = turnout.disabilityRegistered, voted > registered {
            t.optional("disabilityVoted")?.fail("pemilih disabilitas yang memilih melebihi yang terdaftar (\(registered))")
        }
        if let voted = turnout.firstTimeVoted, let registered = turnout.firstTimeRegistered, voted > registered {
            t.optional("firstTimeVoted")?.fail("pemilih pemula yang memilih melebihi yang terdaftar (\(registered))")
        }
        guard male != nil, female != nil else { return nil }
        return turnout
    }

    func readStatedCount(_ field: JSONField) -> StatedCount? {
        guard let c = field.object(["where", "text", "figure", "count"]) else { return nil }
        let location = c.required("where")?.string()
        let figure = c.required("figure")?.choice(StatedCount.Figure.self)
        let count = c.required("count")?.count()
        guard let location, let figure, let count else { return nil }
        return StatedCount(location: location, text: c.optional("text")?.string(), figure: figure, count: count)
    }

    func readBinding(_ field: JSONField) -> IndicatorBinding? {
        guard let b = field.object(["indicatorId", "figure", "eventId"]) else { return nil }
        let indicatorId = b.required("indicatorId")?.identifier()
        let figure = b.required("figure")?.choice(IndicatorBinding.Figure.self)
        let eventId = b.required("eventId")?.identifier()
        guard let indicatorId, let figure, let eventId else { return nil }
        return IndicatorBinding(indicatorId: indicatorId, figure: figure, eventId: eventId)
    }

    /// Election ids are unique; bindings and logistics name a declared indicator and event.
    func checkElectionReferences(_ file: OfficeYear) {
        let eventIds = Set(file.elections.map(\.id))
        var seen = Set<String>()
        for (i, event) in file.elections.enumerated() where !seen.insert(event.id).inserted {
            log.error("\(log.item("$.elections", i)).id", event.id, "id pemilu/pemilihan ini sudah dipakai")
        }
        if let id = file.logistics?.eventId, !eventIds.contains(id) {
            log.error("$.logistics.eventId", id, "tidak ada pemilu/pemilihan dengan ID ini pada daftar pemilu/pemilihan")
        }
        var bound = Set<String>()
        let indicatorIds = Set(file.indicators.map(\.id))
        for (i, binding) in file.bindings.enumerated() {
            if !indicatorIds.contains(binding.indicatorId) {
                log.error("\(log.item("$.bindings", i)).indicatorId", binding.indicatorId, "tidak ada indikator dengan ID ini pada daftar indikator")
            }
            if !bound.insert(binding.indicatorId).inserted {
                log.error("\(log.item("$.bindings", i)).indicatorId", binding.indicatorId, "indikator ini sudah memiliki sumber data lain")
            }
            if !eventIds.contains(binding.eventId) {
                log.error("\(log.item("$.bindings", i)).eventId", binding.eventId, "tidak ada pemilu/pemilihan dengan ID ini pada daftar pemilu/pemilihan")
            }
        }
    }
}
