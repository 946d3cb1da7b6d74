import Foundation

/// One changed value between two versions of an office-year, located as in its file: the table (the
/// file's top-level key), the row within it (its id, or the pair that identifies it) and the field.
public struct FieldChange: Hashable, Sendable {
    /// The full location, e.g. `realisations[I7 TW2].value` or `budget.lines[076.01.CQ].children[CQ.6709].pagu`.
    public var path: String
    /// The file's top-level key: `realisations`, `budget`, `office` ….
    public var table: String
    /// The first row key on the path ("I7 TW2", "076.01.CQ"); empty for a table without rows.
    public var row: String
    /// The rest of the path after the row ("value", "children[CQ.6709].pagu"); empty when a whole row
    /// was added or removed.
    public var field: String
    /// The value before and after, as written in the file (compact JSON for a row or list); nil = absent.
    public var before: String?
    public var after: String?

    public init(path: String, table: String, row: String, field: String, before: String?, after: String?) {
        self.path = path
        self.table = table
        self.row = row
        self.field = field
        self.before = before
        self.after = after
    }

    /// Whether this change and another touch the same value: the same path, or one inside the other
    /// (a removed row and a change of one of its fields).
    public func overlaps(_ other: String) -> Bool {
        path == other || Self.contains(path, other) || Self.contains(other, path)
    }

    private static func contains(_ outer: String, _ inner: String) -> Bool {
        inner.hasPrefix(outer + ".") || inner.hasPrefix(outer + "[")
    }
}

/// What changed between two office-years, field by field, for the audit trail and for refusing a save
/// made over someone else's newer change. Rows are matched by their identity (id, code, indicator and
/// quarter …), so inserting a row does not report every later row as changed.
public enum OfficeYearDiff {
    /// Values longer than this are cut in the trail (a whole pasted table is not worth keeping twice).
    public static let valueLimit = 4000

    /// The changes from `old` to `new`, in file order.
    public static func changes(from old: OfficeYear, to new: OfficeYear) -> [FieldChange] {
        guard old != new else { return [] }
        var out: [FieldChange] = []
        diff(OfficeYearWriter.value(old), OfficeYearWriter.value(new), path: [], into: &out)
        return out
    }

    /// The changes between two file values (for callers that hold JSON already).
    public static func changes(from old: JSONValue, to new: JSONValue) -> [FieldChange] {
        var out: [FieldChange] = []
        diff(old, new, path: [], into: &out)
        return out
    }

    /// A path segment: an object key or a row key.
    enum Segment: Equatable {
        case key(String)
        case row(String)
    }

    private static func diff(_ old: JSONValue?, _ new: JSONValue?, path: [Segment], into out: inout [FieldChange]) {
        if old == new { return }
        switch (old, new) {
        case let (.object(a)?, .object(b)?):
            let keys = a.map(\.key) + b.map(\.key).filter { key in !a.contains { $0.key == key } }
            let before = Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for key in keys { diff(before[key], after[key], path: path + [.key(key)], into: &out) }
        case let (.array(a)?, .array(b)?):
            diffRows(a, b, path: path, into: &out)
        case (.array(let b)?, nil), (nil, .array(let b)?):
            // A list that appears or disappears is reported row by row, like any other row change.
            let isNew = old == nil
            diffRows(isNew ? [] : b, isNew ? b : [], path: path, into: &out)
        default:
            out.append(change(path, old, new))
        }
    }

    private static func diffRows(_ a: [JSONValue], _ b: [JSONValue], path: [Segment], into out: inout [FieldChange]) {
        guard let keysA = rowKeys(a), let keysB = rowKeys(b) else {
            // Scalars or rows without an identity: compared by position.
            for index in 0..<max(a.count, b.count) {
                diff(index < a.count ? a[index] : nil, index < b.count ? b[index] : nil, path: path + [.row("#\(index + 1)")], into: &out)
            }
            return
        }
        let byKeyA = Dictionary(zip(keysA, a), uniquingKeysWith: { first, _ in first })
        let byKeyB = Dictionary(zip(keysB, b), uniquingKeysWith: { first, _ in first })
        for (key, row) in zip(keysA, a) { diff(row, byKeyB[key], path: path + [.row(key)], into: &out) }
        for (key, row) in zip(keysB, b) where byKeyA[key] == nil { diff(nil, row, path: path + [.row(key)], into: &out) }
        let common = Set(keysA).intersection(keysB)
        let orderA = keysA.filter(common.contains), orderB = keysB.filter(common.contains)
        if orderA != orderB {
            out.append(change(path + [.key("urutan")], .string(orderA.joined(separator: ", ")), .string(orderB.joined(separator: ", "))))
        }
    }

    /// Identity fields tried in order; a pair identifies rows that repeat an indicator (per quarter, per year).
    private static let identities: [[String]] = [
        ["indicatorId", "quarter"], ["indicatorId", "year"], ["level", "revision"], ["id"], ["code"], ["indicatorId"],
    ]

    /// A key per row, or nil when the rows are not objects sharing a unique identity.
    private static func rowKeys(_ rows: [JSONValue]) -> [String]? {
        guard !rows.isEmpty else { return [] }
        for fields in identities {
            let keys = rows.map { row -> String? in
                let parts = fields.compactMap { field -> String? in
                    switch row[field] {
                    case .string(let text)?: text
                    case .number(let literal)?: field == "quarter" ? "TW\(literal)" : field == "revision" ? "rev\(literal)" : literal
                    default: nil
                    }
                }
                return parts.count == fields.count ? parts.joined(separator: " ") : nil
            }
            let found = keys.compactMap { $0 }
            if found.count == rows.count, Set(found).count == found.count { return found }
        }
        return nil
    }

    private static func change(_ path: [Segment], _ old: JSONValue?, _ new: JSONValue?) -> FieldChange {
        let text = render(path)
        let table: String
        if case .key(let first)? = path.first { table = first } else { table = "" }
        var row = ""
        var field: [Segment] = []
        if let index = path.firstIndex(where: { if case .row = $0 { true } else { false } }), case .row(let key) = path[index] {
            row = key
            field = Array(path[(index + 1)...])
        } else {
            field = Array(path.dropFirst())
        }
        return FieldChange(path: text, table: table, row: row, field: render(field).trimmingPrefix("."),
                           before: old.map(literal), after: new.map(literal))
    }

    private static func render(_ path: [Segment]) -> String {
        var out = ""
        for segment in path {
            switch segment {
            case .key(let key): out += out.isEmpty ? key : "." + key
            case .row(let key): out += "[\(key)]"
            }
        }
        return out
    }

    /// A value as the trail keeps it: strings bare, everything else as compact JSON, cut at ``valueLimit``.
    static func literal(_ value: JSONValue) -> String {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let literal): text = literal
        case .bool(let flag): text = flag ? "ya" : "tidak"
        case .null: text = ""
        default: text = JSONWriter.compact(value)
        }
        return text.count > valueLimit ? String(text.prefix(valueLimit)) + " …" : text
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
