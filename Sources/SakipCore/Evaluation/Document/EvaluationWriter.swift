import Foundation

/// Writes an evaluation document (format `sakip-evaluation`): the same evaluation always gives the same bytes, and
/// reading it back gives the same ``Evaluation``. Empty optional fields and false flags are left out.
public enum EvaluationWriter {
    typealias Members = OfficeYearWriter.Members

    /// The document's text.
    public static func write(_ evaluation: Evaluation) -> String { JSONWriter.write(value(evaluation)) }

    /// The document as a JSON value.
    public static func value(_ e: Evaluation) -> JSONValue {
        var o = Members()
        o["format"] = .string(Evaluation.formatName)
        o["version"] = .number("\(Evaluation.formatVersion)")
        o["year"] = .number("\(e.year)")
        o["office"] = office(e.office)
        o["lke"] = .object([("id", .string(e.lke.id)), ("digest", .string(e.lke.digest))])
        o["state"] = .string(e.state.rawValue)
        o["selfAssessment"] = .array(e.selfAssessment.list.map(answer))
        o["scoring"] = scoring(e.scoring)
        o["lhe"] = EvaluationWriter.lhe(e.lhe)
        o["recommendations"] = OfficeYearWriter.list(e.recommendations, recommendation)
        o["history"] = OfficeYearWriter.list(e.history) { event in
            var m = Members()
            m["action"] = .string(event.action.rawValue)
            m["by"] = .string(event.by)
            m["role"] = .string(event.role.rawValue)
            m["on"] = date(event.on)
            m["note"] = event.note.map(JSONValue.string)
            return m.value
        }
        return o.value
    }

    private static func office(_ office: EvaluatedOffice) -> JSONValue {
        var m = Members()
        m["code"] = .string(office.code)
        m["name"] = .string(office.name)
        m["level"] = .string(office.level.rawValue)
        m["parentCode"] = office.parentCode.map(JSONValue.string)
        m["parentName"] = office.parentName.map(JSONValue.string)
        return m.value
    }

    static func answer(_ a: CriterionAnswer) -> JSONValue {
        var m = Members()
        m["criterion"] = .string(a.criterionId)
        m["met"] = a.met.map(JSONValue.bool)
        m["mandate"] = a.mandate ? .bool(true) : nil
        m["keptOneYear"] = a.keptOneYear ? .bool(true) : nil
        m["keptFiveYears"] = a.keptFiveYears ? .bool(true) : nil
        m["note"] = a.note.map(JSONValue.string)
        m["evidence"] = OfficeYearWriter.list(a.evidence, evidence)
        return m.value
    }

    static func evidence(_ e: EvidenceReference) -> JSONValue {
        var m = Members()
        switch e {
        case .text(let text):
            m["kind"] = .string("text")
            m["text"] = .string(text)
        case .link(let url, let title):
            m["kind"] = .string("link")
            m["url"] = .string(url)
            m["title"] = title.map(JSONValue.string)
        case .product(let kind, let year, let key, let label):
            m["kind"] = .string("product")
            m["document"] = .string(kind.rawValue)
            m["year"] = .number("\(year)")
            m["key"] = key.map(JSONValue.string)
            m["label"] = .string(label)
        }
        return m.value
    }

    private static func scoring(_ s: EvaluatorScoring) -> JSONValue {
        var m = Members()
        m["answers"] = .array(s.answers.list.map(answer))
        m["overrides"] = OfficeYearWriter.list(s.overrides) { o in
            .object([("subComponent", .string(o.subComponentId)), ("rating", .string(o.rating.rawValue)),
                     ("justification", .string(o.justification))])
        }
        m["warningOverrides"] = OfficeYearWriter.list(s.warningOverrides) { o in
            .object([("code", .string(o.code.rawValue)), ("subject", .string(o.subject)), ("note", .string(o.note))])
        }
        return m.value
    }

    static func date(_ date: CalendarDate) -> JSONValue { .string(date.iso) }
}
