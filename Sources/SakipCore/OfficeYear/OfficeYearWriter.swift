import Foundation

/// Writes an office-year file: the same data always gives the same bytes, and reading it back gives
/// the same ``OfficeYear``. Optional fields that are empty are left out.
public enum OfficeYearWriter {
    /// The file's text.
    public static func write(_ file: OfficeYear) -> String {
        JSONWriter.write(value(file))
    }

    /// The file as a JSON value.
    public static func value(_ f: OfficeYear) -> JSONValue {
        var o = Members()
        o["format"] = .string(OfficeYear.formatName)
        o["version"] = .number("\(OfficeYear.formatVersion)")
        o["year"] = .number("\(f.year)")
        o["source"] = f.source.map(JSONValue.string)
        o["partial"] = f.partial ? .bool(true) : nil
        o["office"] = office(f.office)
        o["settings"] = f.settings == .kpuDefault ? nil : settings(f.settings)
        o["people"] = list(f.people, person)
        o["objectives"] = list(f.objectives) { objective in
            var m = Members()
            m["id"] = .string(objective.id)
            m["statement"] = .string(objective.statement)
            m["goalId"] = objective.goalId.map(JSONValue.string)
            return m.value
        }
        o["indicators"] = list(f.indicators, indicator)
        o["renstra"] = f.renstra.map(renstra)
        o["rkt"] = f.annualPlan.map { plan in
            var m = Members()
            m["level"] = plan.level.map { .string($0.rawValue) }
            m["rows"] = .array(plan.rows.map(targetRow))
            m["programs"] = list(plan.programs, program)
            return m.value
        }
        o["agreements"] = list(f.agreements, agreement)
        o["actionPlan"] = list(f.actionPlan) { row in
            .object([("indicatorId", .string(row.indicatorId)),
                     ("quarters", .array(row.quarters.map { $0.map { .string($0.fileSpelling) } ?? .null }))])
        }
        o["realisations"] = list(f.realisations) { r in
            var m = Members()
            m["indicatorId"] = .string(r.indicatorId)
            m["quarter"] = .number("\(r.quarter.rawValue)")
            m["value"] = .string(r.value.fileSpelling)
            m["explanation"] = r.explanation.map(JSONValue.string)
            m["evidence"] = list(r.evidence, JSONValue.string)
            return m.value
        }
        o["measurement"] = measurement(f.measurement)
        o["indicatorHistory"] = list(f.indicatorHistory) { h in
            var m = Members()
            m["indicatorId"] = .string(h.indicatorId)
            m["year"] = .number("\(h.year)")
            m["target"] = h.target.map { .string($0.fileSpelling) }
            m["realisation"] = h.realisation.map { .string($0.fileSpelling) }
            m["capaian"] = h.statedCapaian.map { .string($0.fileSpelling) }
            return m.value
        }
        o["analyses"] = list(f.analyses) { a in
            var m = Members()
            m["indicatorId"] = .string(a.indicatorId)
            m["actions"] = a.actions.map(JSONValue.string)
            m["obstacles"] = a.obstacles.map(JSONValue.string)
            m["solutions"] = a.solutions.map(JSONValue.string)
            return m.value
        }
        o["budget"] = budget(f.budget)
        o["report"] = report(f.report)
        o["elections"] = list(f.elections, election)
        o["logistics"] = f.logistics.map(logistics)
        o["bindings"] = list(f.bindings, binding)
        return o.value
    }

    /// Members of an object in insertion order; setting nil leaves a key out.
    struct Members {
        private(set) var pairs: [(key: String, value: JSONValue)] = []
        subscript(key: String) -> JSONValue? {
            get { pairs.first { $0.key == key }?.value }
            set { if let newValue { pairs.append((key, newValue)) } }
        }
        var value: JSONValue { .object(pairs) }
        var isEmpty: Bool { pairs.isEmpty }
    }

    static func list<T>(_ items: [T], _ transform: (T) -> JSONValue) -> JSONValue? {
        items.isEmpty ? nil : .array(items.map(transform))
    }

    static func money(_ value: Decimal) -> JSONValue { .decimal(value) }
}
