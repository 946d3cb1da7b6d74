import Foundation

/// `elections` and `bindings`, written in the order the reader documents; `logistics` is in OfficeYearWriter+Logistics.swift.
extension OfficeYearWriter {
    static func count(_ value: Int) -> JSONValue { .number("\(value)") }

    static func election(_ e: ElectionEvent) -> JSONValue {
        var m = Members()
        m["id"] = .string(e.id)
        m["name"] = .string(e.name)
        m["date"] = e.date.map { .string($0.description) }
        m["kind"] = .string(e.kind.rawValue)
        m["participationBase"] = e.participationBase == .dpt ? nil : .string(e.participationBase.rawValue)
        if e.dpt != DPTRecap() {
            var d = Members()
            d["where"] = e.dpt.location.map(JSONValue.string)
            d["rows"] = list(e.dpt.rows, dptRow)
            d["total"] = e.dpt.statedTotal.map { t in
                var o = Members()
                o["villages"] = t.villageCount.map(count)
                o["tps"] = t.tps.map(count)
                o["male"] = t.male.map(count)
                o["female"] = t.female.map(count)
                o["total"] = t.total.map(count)
                return o.value
            }
            m["dpt"] = d.value
        }
        m["dptb"] = e.dptb.map(voters)
        m["dpk"] = e.dpk.map(voters)
        m["turnout"] = e.turnout.map { t in
            var o = Members()
            o["male"] = count(t.voted.male)
            o["female"] = count(t.voted.female)
            o["disabilityRegistered"] = t.disabilityRegistered.map(count)
            o["disabilityVoted"] = t.disabilityVoted.map(count)
            o["firstTimeRegistered"] = t.firstTimeRegistered.map(count)
            o["firstTimeVoted"] = t.firstTimeVoted.map(count)
            o["validBallots"] = t.validBallots.map(count)
            o["invalidBallots"] = t.invalidBallots.map(count)
            return o.value
        }
        m["claims"] = list(e.claims, statedCount)
        return m.value
    }

    static func dptRow(_ r: DPTRow) -> JSONValue {
        var m = Members()
        m["area"] = .string(r.area)
        m["villages"] = r.villageCount.map(count)
        m["tps"] = count(r.tps)
        m["male"] = count(r.voters.male)
        m["female"] = count(r.voters.female)
        m["total"] = r.statedTotal.map(count)
        m["subareas"] = list(r.subareas, dptRow)
        return m.value
    }

    static func voters(_ v: VoterCount) -> JSONValue {
        .object([("male", count(v.male)), ("female", count(v.female))])
    }

    static func statedCount(_ c: StatedCount) -> JSONValue {
        var m = Members()
        m["where"] = .string(c.location)
        m["text"] = c.text.map(JSONValue.string)
        m["figure"] = .string(c.figure.rawValue)
        m["count"] = count(c.count)
        return m.value
    }

    static func binding(_ b: IndicatorBinding) -> JSONValue {
        .object([("indicatorId", .string(b.indicatorId)), ("figure", .string(b.figure.rawValue)), ("eventId", .string(b.eventId))])
    }
}
