/// Escaping of values for HTML: the only code that writes a value into markup.
enum HTMLEscape {
    /// Text between tags: `&`, `<` and `>` become references, so no tag can start or end in it
    /// (also inside `<title>` and `<textarea>`, whose end tags would otherwise be matched literally).
    static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// A value inside a double-quoted attribute: also both quotes, so the value cannot end early.
    static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes: output.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where quotes: output.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": output.append(scalar)
            default:
                // NUL and the other control characters are not allowed in HTML; a browser would drop or
                // replace them anyway, so they are shown as the replacement character.
                output.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(output)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
