import Foundation

/// Indonesian spellings of numbers, money and percentages: "1.234.567,89", "Rp 83.389.671.000", "99,51 %".
///
/// The space between a number and its sign, currency or unit is ``unitSpace``, a no-break space, so that
/// a narrow table column or a line end never leaves "%" or "Rp" alone on a line.
public enum IndonesianFormat {
    /// U+00A0 NO-BREAK SPACE: between "99,51" and "%", "Rp" and "1.000", "2" and "Laporan".
    public static let unitSpace = "\u{00A0}"

    /// `value` rounded half-up to `fractionDigits` and written with "." between thousands and "," before the fraction.
    /// A value that is not a number (a division by zero that escaped its guard) is shown as "–" rather than stopping the program.
    public static func number(_ value: Decimal, fractionDigits: Int = 0) -> String {
        guard !value.isNaN, (0...20).contains(fractionDigits) else { return "–" }
        let rounded = value.roundedHalfUp(scale: fractionDigits)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var scaled = magnitude
        for _ in 0..<fractionDigits { scaled *= 10 }
        guard !scaled.isNaN else { return "–" }
        var digits = scaled.wholeDigits
        if digits.count <= fractionDigits {
            digits = String(repeating: "0", count: fractionDigits - digits.count + 1) + digits
        }
        let whole = String(digits.dropLast(fractionDigits))
        let fraction = String(digits.suffix(fractionDigits))
        let grouped = groupThousands(whole)
        let body = fractionDigits > 0 ? "\(grouped),\(fraction)" : grouped
        return negative && rounded != 0 ? "-\(body)" : body
    }

    /// A count of people or things: "107.916".
    public static func count(_ value: Int) -> String { number(Decimal(value)) }

    /// A percentage with two decimals: "99,51 %" (the space is ``unitSpace``).
    public static func percent(_ value: Decimal, fractionDigits: Int = 2) -> String {
        number(value, fractionDigits: fractionDigits) + unitSpace + "%"
    }

    /// Rupiah: "Rp 83.389.671.000" (the space is ``unitSpace``); a fraction of a rupiah, when there is one, as ",50".
    public static func rupiah(_ value: Decimal) -> String {
        let digits = value.isWholeNumber ? 0 : 2
        let body = number(value < 0 ? -value : value, fractionDigits: digits)
        return (value < 0 ? "-Rp" : "Rp") + unitSpace + body
    }

    /// `text` with every no-break space (U+00A0, U+202F) made an ordinary space: what a reader of typed or
    /// pasted values works on, since text copied from a generated document or page carries them.
    public static func ordinarySpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{00A0}" || $0 == "\u{202F}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 }))
    }

    private static func groupThousands(_ digits: String) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: ".")
    }
}

extension IndonesianFormat {
    /// A value with as many fraction digits as it needs (up to six): "74,63", "75", "0,1", "1.100".
    /// Never a spelling ``IndonesianNumber`` refuses as ambiguous: 1,234 is written "1,2340".
    public static func plain(_ value: Decimal) -> String {
        var text = number(value, fractionDigits: 6)
        guard let comma = text.firstIndex(of: ",") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        let fraction = text.distance(from: comma, to: text.endIndex) - 1
        if fraction == 3 && !text[..<comma].contains(".") { text += "0" }
        return text
    }
}
