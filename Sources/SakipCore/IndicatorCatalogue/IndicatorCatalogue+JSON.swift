import Foundation

/// The catalogue and the mapping as JSON files (KPU RI edits, exports and imports them): formats
/// `sakip-indicator-catalogue` and `sakip-indicator-mapping`, version 1. Reading is strict like the office-year
/// reader: unknown keys, wrong types and unknown values are reported at their JSON path, all at once, in Indonesian.
public enum IndicatorCatalogueFile {
    public static let catalogueFormat = "sakip-indicator-catalogue"
    public static let mappingFormat = "sakip-indicator-mapping"
    public static let version = 1
    /// Files larger than this are refused before parsing.
    public static let maximumBytes = 8_000_000

    // MARK: Writing

    /// The catalogue's text; the same catalogue always gives the same bytes.
    public static func write(_ catalogue: IndicatorCatalogue) -> String {
        JSONWriter.write(.object([
            ("format", .string(catalogueFormat)),
            ("version", .number("\(version)")),
            ("entries", .array(catalogue.entries.map(entryValue))),
        ]))
    }

    /// The mapping's text.
    public static func write(_ mapping: IndicatorMapping) -> String {
        JSONWriter.write(.object([
            ("format", .string(mappingFormat)),
            ("version", .number("\(version)")),
            ("decisions", .array(mapping.decisions.map(decisionValue))),
        ]))
    }

    private static func entryValue(_ entry: CatalogueEntry) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("code", .string(entry.code)), ("name", .string(entry.name)), ("kind", .string(entry.kind.rawValue)),
            ("polarity", .string(entry.polarity.rawValue)),
        ]
        if let unit = entry.unit { pairs.append(("unit", .string(unit))) }
        pairs.append(("iku", .bool(entry.iku)))
        if !entry.aliases.isEmpty { pairs.append(("aliases", .array(entry.aliases.map(JSONValue.string)))) }
        if let note = entry.note { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }

    private static func decisionValue(_ decision: IndicatorMapping.Decision) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("officeCode", .string(decision.officeCode)), ("statement", .string(decision.statement)),
            ("catalogueCode", .optional(decision.catalogueCode)),
        ]
        if let user = decision.confirmedBy { pairs.append(("confirmedBy", .string(user))) }
        if let date = decision.confirmedOn { pairs.append(("confirmedOn", .string(date.iso))) }
        return .object(pairs)
    }

    // MARK: Reading

    /// Reads a catalogue file.
    public static func readCatalogue(_ text: String) throws(CatalogueFileError) -> IndicatorCatalogue {
        let (root, log) = try parse(text)
        var entries: [CatalogueEntry] = []
        if let object = root.object(["format", "version", "entries"]) {
            checkHeader(object, format: catalogueFormat)
            entries = object.required("entries")?.array()?.compactMap(readEntry) ?? []
        }
        guard log.errors.isEmpty else { throw CatalogueFileError(issues: log.errors) }
        do { return try IndicatorCatalogue(entries: entries) } catch {
            throw CatalogueFileError(issues: error.problems.map { LocatedIssue(path: "$.entries", value: nil, reason: $0) })
        }
    }

    /// Reads a mapping file; with a catalogue, a decision naming a code the catalogue lacks is an error.
    public static func readMapping(_ text: String, catalogue: IndicatorCatalogue? = nil) throws(CatalogueFileError) -> IndicatorMapping {
        let (root, log) = try parse(text)
        var decisions: [IndicatorMapping.Decision] = []
        if let object = root.object(["format", "version", "decisions"]) {
            checkHeader(object, format: mappingFormat)
            for field in object.required("decisions")?.array() ?? [] {
                guard let decision = readDecision(field) else { continue }
                if let catalogue, let code = decision.catalogueCode, catalogue.entry(code) == nil {
                    log.error("\(field.path).catalogueCode", code, "kode tidak ada di katalog")
                }
                decisions.append(decision)
            }
        }
        guard log.errors.isEmpty else { throw CatalogueFileError(issues: log.errors) }
        return IndicatorMapping(decisions: decisions)
    }

    private static func parse(_ text: String) throws(CatalogueFileError) -> (JSONField, IssueLog) {
        guard text.utf8.count <= maximumBytes else {
            throw CatalogueFileError(issues: [LocatedIssue(path: "$", value: nil, reason: "berkas lebih dari \(maximumBytes / 1_000_000) MB")])
        }
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch {
            throw CatalogueFileError(issues: [LocatedIssue(path: "$", value: nil, reason: "JSON tidak sah pada \(error.description)")])
        }
        let log = IssueLog()
        return (JSONField(value: value, path: "$", log: log), log)
    }

    private static func checkHeader(_ object: JSONObject, format: String) {
        if let field = object.required("format"), let name = field.string(), name != format { field.fail("bukan berkas \(format)") }
        if let field = object.required("version"), let number = field.int(), number != version {
            field.fail("versi \(number) tidak didukung; versi yang dibaca: \(version)")
        }
    }

    private static func readEntry(_ field: JSONField) -> CatalogueEntry? {
        guard let object = field.object(["code", "name", "kind", "polarity", "unit", "iku", "aliases", "note"]) else { return nil }
        let code = object.required("code")?.identifier()
        let name = object.required("name")?.string()
        let kind = object.required("kind")?.choice(IndicatorKind.self)
        let polarity = object.optional("polarity")?.choice(Polarity.self) ?? .higherIsBetter
        let iku = object.optional("iku")?.bool() ?? false
        let aliases = object.list("aliases").compactMap { $0.string() }
        guard let code, let name, let kind else { return nil }
        return CatalogueEntry(code: code, name: name, kind: kind, polarity: polarity, unit: object.optional("unit")?.string(),
                              iku: iku, aliases: aliases, note: object.optional("note")?.string())
    }

    private static func readDecision(_ field: JSONField) -> IndicatorMapping.Decision? {
        guard let object = field.object(["officeCode", "statement", "catalogueCode", "confirmedBy", "confirmedOn"]) else { return nil }
        let office = object.required("officeCode")?.identifier()
        let statement = object.required("statement")?.string()
        let code = object.optional("catalogueCode")?.identifier()
        let user = object.optional("confirmedBy")?.string()
        let date = object.optional("confirmedOn")?.date()
        guard let office, let statement else { return nil }
        return IndicatorMapping.Decision(officeCode: office, statement: statement, catalogueCode: code, confirmedBy: user, confirmedOn: date)
    }
}

/// A catalogue or mapping file that cannot be read, with every problem at its JSON path.
public struct CatalogueFileError: Error, Sendable, CustomStringConvertible {
    public let issues: [LocatedIssue]

    public var description: String {
        "Berkas katalog tidak dapat dibaca (\(issues.count) masalah):\n" + issues.map { "- \($0)" }.joined(separator: "\n")
    }
}
