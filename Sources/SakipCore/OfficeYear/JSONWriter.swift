import Foundation

/// Writes ``JSONValue`` as stable, indented JSON: same value, same bytes.
public enum JSONWriter {
    /// The text of a value, two spaces per level, ending with a newline.
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    /// The text of a value on one line, without spaces: for values kept inside other records.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        compact(value, into: &out)
        return out
    }

    private static func compact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .object(let pairs):
            out.append("{")
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(",") }
                out.append(quoted(pair.key))
                out.append(":")
                compact(pair.value, into: &out)
            }
            out.append("}")
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                compact(item, into: &out)
            }
            out.append("]")
        default: write(value, indent: 0, into: &out)
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let pairs) where pairs.isEmpty: out.append("{}")
        case .object(let pairs):
            out.append("{\n")
            for (i, pair) in pairs.enumerated() {
                out.append(pad)
                out.append(quoted(pair.key))
                out.append(": ")
                write(pair.value, indent: indent + 1, into: &out)
                out.append(i < pairs.count - 1 ? ",\n" : "\n")
            }
            out.append(closePad + "}")
        case .array(let items) where items.isEmpty: out.append("[]")
        case .array(let items):
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(pad)
                write(item, indent: indent + 1, into: &out)
                out.append(i < items.count - 1 ? ",\n" : "\n")
            }
            out.append(closePad + "]")
        case .string(let text): out.append(quoted(text))
        case .number(let literal): out.append(literal)
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .null: out.append("null")
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension JSONValue {
    /// An exact decimal as a JSON number literal ("83389671000", "99.51").
    public static func decimal(_ value: Decimal) -> JSONValue {
        var copy = value
        return .number(NSDecimalString(&copy, Locale(identifier: "en_US_POSIX")))
    }

    /// A string, or null when nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
}
