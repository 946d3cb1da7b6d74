import Foundation

/// Escaping for text and attribute values inside the XML parts of a DOCX or XLSX.
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute. Characters XML 1.0 forbids
    /// (control characters pasted from PDF extraction) are dropped: Word refuses a file that holds them.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}

extension Decimal {
    /// The value as an XML number ("83098081692", "99.65"): POSIX spelling, for chart caches and XLSX cells.
    var xmlNumber: String {
        var value = self
        return NSDecimalString(&value, Locale(identifier: "en_US_POSIX"))
    }
}
