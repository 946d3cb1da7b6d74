import Foundation

/// Reads numbers written the ways KPU documents write them: "1.234.567,89", "74,63", "99.68",
/// "1,159,468,000", "83.389.671.000", and money such as "Rp. 1,159,468,000,-".
///
/// Indonesian usage comes first ("." between thousands, "," before a fraction); a spelling that is
/// only valid in English usage ("99.68", "1,159,468,000") is read that way. A spelling valid in both
/// with different values and no way to choose ("1,100": 1,1 or 1.100) is refused.
public enum IndonesianNumber {
    /// What the number measures, which settles some spellings: rupiah have at most two fraction digits,
    /// so in money "1,100" can only be one thousand one hundred.
    public enum Context: Sendable { case general, money }

    /// Reads a plain number (no unit, no "%", no "Rp").
    public static func parse(_ text: String, context: Context = .general) throws(ValueParseError) -> Decimal {
        var body = IndonesianFormat.ordinarySpaces(text).trimmingCharacters(in: .whitespaces)
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("−") {
            negative = true
            body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        guard let first = body.first, first.isASCIIDigit, body.last!.isASCIIDigit else {
            throw ValueParseError(text, "bukan angka")
        }
        guard body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else {
            throw ValueParseError(text, "mengandung karakter selain angka, titik dan koma")
        }
        let value = try readDigits(body, original: text, context: context)
        return negative ? -value : value
    }

    /// Reads rupiah: "Rp 83.389.671.000", "Rp. 1,159,468,000,-", "Rp2,055,127,000,-", "83.389.671.000".
    public static func parseMoney(_ text: String) throws(ValueParseError) -> Decimal {
        var body = IndonesianFormat.ordinarySpaces(text).trimmingCharacters(in: .whitespaces)
        for prefix in ["Rp.", "Rp", "RP.", "RP", "rp.", "rp", "IDR"] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        for suffix in [",-", ".-", ",00-", "-"] where body.hasSuffix(suffix) && body.count > suffix.count {
            body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        do {
            return try parse(body, context: .money)
        } catch {
            throw ValueParseError(text, error.reason)
        }
    }

    /// Reads a percentage with or without its sign: "74,63 %", "99.68%", "100".
    public static func parsePercent(_ text: String) throws(ValueParseError) -> Decimal {
        var body = IndonesianFormat.ordinarySpaces(text).trimmingCharacters(in: .whitespaces)
        if body.hasSuffix("%") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        do {
            return try parse(body)
        } catch {
            throw ValueParseError(text, error.reason)
        }
    }

    private static func readDigits(_ body: String, original: String, context: Context) throws(ValueParseError) -> Decimal {
        var groups: [String] = [""]
        var separators: [Character] = []
        for character in body {
            if character.isASCIIDigit {
                groups[groups.count - 1].append(character)
            } else {
                guard !groups[groups.count - 1].isEmpty else {
                    throw ValueParseError(original, "dua pemisah berurutan")
                }
                separators.append(character)
                groups.append("")
            }
        }
        if separators.isEmpty { return try decimal(whole: groups[0], fraction: "", original: original, context: context) }

        let distinct = Set(separators)
        if distinct.count == 2 {
            // Both marks: the last one is the decimal mark and appears once; the other groups thousands.
            let decimalMark = separators.last!
            guard separators.filter({ $0 == decimalMark }).count == 1 else {
                throw ValueParseError(original, "titik dan koma dipakai bercampur sebagai pemisah ribuan")
            }
            let wholeGroups = Array(groups.dropLast())
            guard isThousandsGrouping(wholeGroups) else {
                throw ValueParseError(original, "pemisah ribuan harus memisahkan kelompok tiga angka")
            }
            if context == .money && groups.last!.count > 2 {
                throw ValueParseError(original, "rupiah paling banyak dua angka di belakang koma")
            }
            return try decimal(whole: wholeGroups.joined(), fraction: groups.last!, original: original, context: context)
        }

        let mark = separators[0]
        if separators.count > 1 {
            guard isThousandsGrouping(groups) else {
                throw ValueParseError(original, "pemisah ribuan harus memisahkan kelompok tiga angka")
            }
            return try decimal(whole: groups.joined(), fraction: "", original: original, context: context)
        }
        let (whole, tail) = (groups[0], groups[1])
        if tail.count == 3 && whole.count <= 3 {
            switch context {
            case .money:
                return try decimal(whole: whole + tail, fraction: "", original: original, context: context)
            case .general where mark == ".":
                return try decimal(whole: whole + tail, fraction: "", original: original, context: context)
            case .general:
                let thousands = try decimal(whole: whole + tail, fraction: "", original: original, context: context)
                let fraction = try IndonesianFormat.plain(decimal(whole: whole, fraction: tail, original: original, context: context))
                let words = Terbilang.words(thousands).map { " (\($0))" } ?? ""
                throw ValueParseError(original, "ambigu: dapat dibaca \(fraction) atau \(IndonesianFormat.number(thousands))\(words); tulis \"\(fraction)\" atau \"\(IndonesianFormat.number(thousands))\"")
            }
        }
        if context == .money && tail.count > 2 {
            throw ValueParseError(original, "rupiah paling banyak dua angka di belakang koma")
        }
        return try decimal(whole: whole, fraction: tail, original: original, context: context)
    }

    private static func isThousandsGrouping(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The most digits read before the decimal mark (leading zeros aside) and after it: every value read
    /// stays exact in `Decimal` and far from its limits, whatever is computed from it afterwards.
    public static let maximumWholeDigits = 15
    public static let maximumFractionDigits = 20

    private static func decimal(whole: String, fraction: String, original: String, context: Context) throws(ValueParseError) -> Decimal {
        if whole.drop(while: { $0 == "0" }).count > maximumWholeDigits {
            // In money the bound is the rupiah rule's, said the same way on every path.
            throw ValueParseError(original, context == .money ? MoneyRule.tooLarge : "angka terlalu besar: paling banyak \(maximumWholeDigits) angka sebelum koma")
        }
        if fraction.count > maximumFractionDigits {
            throw ValueParseError(original, "terlalu banyak angka di belakang koma (paling banyak \(maximumFractionDigits))")
        }
        let literal = fraction.isEmpty ? whole : "\(whole).\(fraction)"
        guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
            throw ValueParseError(original, "bukan angka")
        }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
