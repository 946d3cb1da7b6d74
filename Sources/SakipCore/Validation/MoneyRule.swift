import Foundation

/// The one rule for a rupiah amount, whichever way it arrives (the budget form, a pasted table, a workbook,
/// an office-year file): at most two decimals (sen), at most Rp 999.999.999.999.999, and not negative
/// unless the figure is a difference (sisa, efisiensi) that may be.
public enum MoneyRule {
    /// Whether a negative amount is allowed.
    public enum Sign: Sendable {
        /// Pagu, realisasi, nilai kontrak: never below zero.
        case nonNegative
        /// Sisa and efisiensi: a difference, negative when the realisasi or the contract exceeds the pagu.
        case any
    }

    /// The largest amount accepted: just under one thousand trillion rupiah, the largest that Terbilang spells
    /// (the whole State budget is about Rp 3.300 triliun).
    public static let maximum = Terbilang.maximum

    /// Why `amount` is not an acceptable rupiah amount, in Indonesian; nil when it is.
    public static func problem(_ amount: Decimal, sign: Sign = .nonNegative) -> String? {
        if amount.isNaN { return "bukan jumlah uang" }
        if sign == .nonNegative && amount < 0 { return "jumlah uang tidak boleh negatif" }
        if (amount < 0 ? -amount : amount) > maximum { return tooLarge }
        if amount.roundedHalfUp(scale: 2) != amount { return "rupiah paling banyak dua angka di belakang koma" }
        return nil
    }

    /// The refusal of an amount above ``maximum``.
    public static var tooLarge: String { "jumlah uang melebihi batas \(IndonesianFormat.rupiah(maximum)) (hampir seribu triliun rupiah)" }

    /// Reads an amount in any spelling ``IndonesianNumber/parseMoney(_:)`` accepts and applies the rule.
    public static func parse(_ text: String, sign: Sign = .nonNegative) throws(ValueParseError) -> Decimal {
        let amount = try IndonesianNumber.parseMoney(text)
        if let problem = problem(amount, sign: sign) { throw ValueParseError(text, problem) }
        return amount
    }
}
