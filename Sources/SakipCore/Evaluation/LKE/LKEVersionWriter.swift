import Foundation

/// Writes an LKE version file (format `sakip-lke`): the same version always gives the same bytes, which the
/// version's digest is computed on; reading it back gives the same ``LKEVersion``.
public enum LKEVersionWriter {
    typealias Members = OfficeYearWriter.Members

    /// The file's text.
    public static func write(_ version: LKEVersion) -> String { JSONWriter.write(value(version)) }

    /// The file as a JSON value.
    public static func value(_ v: LKEVersion) -> JSONValue {
        var o = Members()
        o["format"] = .string(LKEVersion.formatName)
        o["version"] = .number("\(LKEVersion.formatVersion)")
        o["id"] = .string(v.id)
        o["title"] = .string(v.title)
        o["basis"] = v.basis.map(JSONValue.string)
        o["firstYear"] = .number("\(v.firstYear)")
        o["lastYear"] = v.lastYear.map { .number("\($0)") }
        o["pemanfaatanTolerance"] = v.pemanfaatanTolerance == 0 ? nil : .decimal(v.pemanfaatanTolerance)
        o["predikat"] = v.predikatScale == .permenPANRB88 ? nil : .array(v.predikatScale.bands.map(band))
        o["components"] = .array(v.components.map(component))
        return o.value
    }

    private static func component(_ c: LKEComponent) -> JSONValue {
        .object([("id", .string(c.id)), ("title", .string(c.title)), ("weight", .decimal(c.weight)),
                 ("subComponents", .array(c.subComponents.map(subComponent)))])
    }

    private static func subComponent(_ s: LKESubComponent) -> JSONValue {
        .object([("id", .string(s.id)), ("dimension", .string(s.dimension.rawValue)), ("title", .string(s.title)),
                 ("weight", .decimal(s.weight)), ("criteria", .array(s.criteria.map(criterion)))])
    }

    private static func criterion(_ c: LKECriterion) -> JSONValue {
        var m = Members()
        m["id"] = .string(c.id)
        m["text"] = .string(c.text)
        m["evidence"] = c.evidence.map(JSONValue.string)
        m["productEvidence"] = OfficeYearWriter.list(c.productEvidence) { .string($0.rawValue) }
        m["suggestion"] = c.suggestion.map { .string($0.rawValue) }
        m["requires"] = OfficeYearWriter.list(c.requires, JSONValue.string)
        return m.value
    }

    private static func band(_ b: PredikatBand) -> JSONValue {
        var m = Members()
        m["predikat"] = .string(b.predikat.rawValue)
        m["above"] = b.above.map(JSONValue.decimal)
        m["atMost"] = .decimal(b.atMost)
        m["name"] = .string(b.name)
        m["interpretation"] = .string(b.interpretation)
        return m.value
    }
}
