import Foundation

/// `logistics`, written in the order the reader documents.
extension OfficeYearWriter {
    static func logistics(_ l: Logistics) -> JSONValue {
        var m = Members()
        m["eventId"] = l.eventId.map(JSONValue.string)
        m["needs"] = list(l.needs) { n in
            var o = Members()
            o["item"] = .string(n.item)
            o["unit"] = n.unit.map(JSONValue.string)
            o["quantity"] = count(n.quantity)
            o["pagu"] = n.pagu.map(money)
            return o.value
        }
        m["needsTotal"] = l.needsTotal.map { t in
            var o = Members()
            o["quantity"] = t.quantity.map(count)
            o["pagu"] = t.pagu.map(money)
            return o.value
        }
        m["procurement"] = list(l.procurement, procurementRow)
        m["procurementTotal"] = l.procurementTotal.map { t in
            var o = Members()
            o["pagu"] = t.pagu.map(money)
            o["hps"] = t.hps.map(money)
            o["contract"] = t.contract.map(money)
            o["efficiency"] = t.efficiency.map(money)
            return o.value
        }
        m["deliveries"] = list(l.deliveries) { d in
            var o = Members()
            o["item"] = .string(d.item)
            o["packages"] = d.packages.map(count)
            o["sent"] = d.sent.map { .string($0.description) }
            o["arrived"] = d.arrived.map { .string($0.description) }
            o["transport"] = d.transport.map(JSONValue.string)
            o["supplier"] = d.supplier.map(JSONValue.string)
            return o.value
        }
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
        m["warehouses"] = list(l.warehouses) { w in
            var o = Members()
            o["name"] = w.name.map(JSONValue.string)
            o["address"] = w.address.map(JSONValue.string)
            o["size"] = w.size.map(JSONValue.string)
            o["ownership"] = .string(w.ownership.rawValue)
            o["months"] = w.months.map(count)
            o["condition"] = .string(w.condition.rawValue)
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
        m["destruction"] = list(l.destruction) { d in
            var o = Members()
            o["item"] = .string(d.item)
            o["count"] = count(d.count)
            o["date"] = d.date.map { .string($0.description) }
            o["reference"] = d.reference.map(JSONValue.string)
            return o.value
        }
        m["claims"] = list(l.claims, statedCount)
        return m.value
    }

    static func procurementRow(_ p: ProcurementRow) -> JSONValue {
        var o = Members()
        o["item"] = .string(p.item)
        o["pagu"] = p.pagu.map(money)
        o["hps"] = p.hps.map(money)
        o["contract"] = p.contract.map(money)
        o["method"] = p.method.map(JSONValue.string)
        o["share"] = p.share.map(JSONValue.string)
        o["supplier"] = p.supplier.map(JSONValue.string)
        if !p.printed.isEmpty {
            var printed = Members()
            printed["efficiency"] = p.printed.efficiency.map(money)
            printed["efficiencyPercent"] = p.printed.efficiencyPercent.map(JSONValue.string)
            o["printed"] = printed.value
        }
        return o.value
    }
}
