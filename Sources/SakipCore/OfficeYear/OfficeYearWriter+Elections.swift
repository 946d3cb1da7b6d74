import Foundation

/// `elections`, `logistics` and `bindings`, written in the order the reader documents.
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

    static func logistics(_ l: Logistics) -> JSONValue {
        var m = Members()
        m["eventId"] = l.eventId.map(JSONValue.string)
        m["sorting"] = list(l.sorting) { s in
            var o = Members()
            o["item"] = .string(s.item)
            o["unit"] = s.unit.map(JSONValue.string)
            o["ordered"] = count(s.ordered)
            o["received"] = count(s.received)
            o["good"] = count(s.good)
            o["damaged"] = count(s.damaged)
            o["requested"] = s.requested.map(count)
            o["requestDate"] = s.requestDate.map { .string($0.description) }
            o["fulfilledDate"] = s.fulfilledDate.map { .string($0.description) }
            return o.value
        }
        m["distribution"] = list(l.distribution) { d in
            var o = Members()
            o["area"] = .string(d.area)
            o["district"] = d.district.map(JSONValue.string)
            o["tps"] = count(d.tps)
            o["boxes"] = count(d.boxes)
            o["bags"] = count(d.bags)
            o["sent"] = d.sent.map { .string($0.description) }
            o["arrived"] = d.arrived.map { .string($0.description) }
            o["transport"] = d.transport.map(JSONValue.string)
            return o.value
        }
        m["distributionTotal"] = l.distributionTotal.map { t in
            var o = Members()
            o["tps"] = t.tps.map(count)
            o["boxes"] = t.boxes.map(count)
            o["bags"] = t.bags.map(count)
            return o.value
        }
        m["transport"] = list(l.transport) { t in
            var o = Members()
            o["mode"] = .string(t.mode)
            o["ppk"] = t.ppk.map(count)
            o["pps"] = t.pps.map(count)
            o["tps"] = t.tps.map(count)
            return o.value
        }
        m["claims"] = list(l.claims, statedCount)
        return m.value
    }

    static func binding(_ b: IndicatorBinding) -> JSONValue {
        .object([("indicatorId", .string(b.indicatorId)), ("figure", .string(b.figure.rawValue)), ("eventId", .string(b.eventId))])
    }
}
