extension EvaluationWriter {
    static func lhe(_ l: LHEContent) -> JSONValue {
        var m = Members()
        m["number"] = l.number.map(JSONValue.string)
        m["date"] = l.date.map(date)
        m["place"] = l.place.map(JSONValue.string)
        m["addressee"] = l.addressee.map(JSONValue.string)
        m["evaluatorUnit"] = l.evaluatorUnit.map(JSONValue.string)
        m["legalBasis"] = OfficeYearWriter.list(l.legalBasis, JSONValue.string)
        m["fieldworkFrom"] = l.fieldworkFrom.map(date)
        m["fieldworkTo"] = l.fieldworkTo.map(date)
        m["summary"] = l.summary.map(JSONValue.string)
        m["components"] = OfficeYearWriter.list(l.components) { c in
            var n = Members()
            n["component"] = .string(c.componentId)
            n["narrative"] = c.narrative.map(JSONValue.string)
            n["notes"] = OfficeYearWriter.list(c.notes, JSONValue.string)
            return n.value
        }
        m["signatory"] = l.signatory.map { s in
            var n = Members()
            n["name"] = .string(s.name)
            n["nip"] = s.nip.map(JSONValue.string)
            n["position"] = .string(s.position)
            n["onBehalfOf"] = s.onBehalfOf.map(JSONValue.string)
            return n.value
        }
        m["copies"] = OfficeYearWriter.list(l.copies, JSONValue.string)
        return m.value
    }

    static func recommendation(_ r: Recommendation) -> JSONValue {
        var m = Members()
        m["id"] = .string(r.id)
        m["component"] = .string(r.componentId)
        m["text"] = .string(r.text)
        m["personInCharge"] = .string(r.personInCharge)
        m["targetDate"] = date(r.targetDate)
        m["actions"] = OfficeYearWriter.list(r.actions) { a in
            var n = Members()
            n["id"] = .string(a.id)
            n["date"] = date(a.date)
            n["description"] = .string(a.description)
            n["completes"] = a.completes ? .bool(true) : nil
            n["evidence"] = OfficeYearWriter.list(a.evidence, evidence)
            n["recordedBy"] = a.recordedBy.map(JSONValue.string)
            n["verification"] = a.verification.map { v in
                var w = Members()
                w["verdict"] = .string(v.verdict.rawValue)
                w["note"] = v.note.map(JSONValue.string)
                w["by"] = .string(v.by)
                w["on"] = date(v.on)
                return w.value
            }
            return n.value
        }
        return m.value
    }
}
