import Foundation

/// How a printed percentage relates to its exact value: equal at its printed precision (rounded
/// half-up), off only by the rounding of its last digit (truncated, or rounded the wrong way), or wrong.
enum PrintedComparison: Equatable, Sendable {
    case agrees, rounding, mismatch

    /// Nil when the printed text is not a number ("-", "B").
    static func compare(_ printed: String, with exact: Decimal) -> PrintedComparison? {
        guard let value = PrintedFigure.percent(printed) else { return nil }
        let digits = PrintedFigure.fractionDigits(printed)
        if exact.roundedHalfUp(scale: digits) == value { return .agrees }
        var unit = Decimal(1)
        for _ in 0..<digits { unit /= 10 }
        let gap = value > exact ? value - exact : exact - value
        // Within one unit of the last printed digit the figure is right but rounded wrongly (99,50 for
        // 99,5066…, 98 % for 98,947…); beyond it the figure itself is wrong.
        return gap < unit ? .rounding : .mismatch
    }
}

extension String {
    /// The text with its first letter in capitals, to open a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Spellings used in findings.
enum ReviewText {
    /// "66,13 %".
    static func percent(_ value: Decimal) -> String { IndonesianFormat.percent(value) }

    /// "Rp 13.155.812.217".
    static func rupiah(_ value: Decimal) -> String { IndonesianFormat.rupiah(value) }

    /// "1.100 %" as printed, quoted for a message.
    static func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// A statement cut to a length a sentence can carry, at a word, with "…".
    static func shortened(_ text: String, to limit: Int = 90) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
