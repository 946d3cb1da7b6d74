/// A JSON value that keeps object key order and number literals as written, so that money and
/// percentages become exact decimals and written files are stable byte for byte.
public indirect enum JSONValue: Hashable, Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The literal as written ("83389671000", "74.63").
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        case let (.array(a), .array(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let pairs): for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
        case .array(let items): hasher.combine(items)
        case .string(let text): hasher.combine(text)
        case .number(let literal): hasher.combine(literal)
        case .bool(let flag): hasher.combine(flag)
        case .null: hasher.combine(0)
        }
    }

    /// The member of an object with a key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// The name of the value's JSON type, in Indonesian, for messages.
    var typeName: String {
        switch self {
        case .object: "objek"
        case .array: "larik"
        case .string: "teks"
        case .number: "angka"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}
