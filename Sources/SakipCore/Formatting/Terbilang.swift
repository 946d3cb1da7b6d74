import Foundation

/// Numbers spelled out in Indonesian words ("terbilang"), as LKj documents write money.
public enum Terbilang {
    private static let units = [
        "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ]
    private static let scales: [(Decimal, String)] = [
        (dec("1000000000000"), "triliun"), (dec("1000000000"), "miliar"), (dec("1000000"), "juta"),
    ]

    /// The largest value spelled: just under one thousand trillion.
    public static let maximum = dec("999999999999999")

    /// "delapan puluh tiga miliar … ribu"; "nol" for 0. Nil for fractions, negatives and values above ``maximum``.
    public static func words(_ value: Decimal) -> String? {
        guard value.isWholeNumber, value >= 0, value <= maximum else { return nil }
        if value == 0 { return "nol" }
        var rest = value
        var parts: [String] = []
        for (size, name) in scales {
            let count = (rest / size).integerPart
            if count > 0 {
                parts.append("\(below1000(intValue(count))) \(name)")
                rest -= count * size
            }
        }
        let remaining = intValue(rest)
        let thousands = remaining / 1000
        if thousands == 1 {
            parts.append("seribu")
        } else if thousands > 1 {
            parts.append("\(below1000(thousands)) ribu")
        }
        if remaining % 1000 > 0 { parts.append(below1000(remaining % 1000)) }
        return parts.joined(separator: " ")
    }

    /// "delapan puluh tiga miliar … rupiah". Nil where ``words(_:)`` is nil.
    public static func rupiah(_ value: Decimal) -> String? {
        words(value).map { "\($0) rupiah" }
    }

    private static func below1000(_ n: Int) -> String {
        var parts: [String] = []
        let hundreds = n / 100
        if hundreds == 1 { parts.append("seratus") } else if hundreds > 1 { parts.append("\(units[hundreds]) ratus") }
        let rest = n % 100
        if rest >= 12 && rest < 20 {
            parts.append("\(units[rest % 10]) belas")
        } else if rest >= 20 {
            parts.append("\(units[rest / 10]) puluh")
            if rest % 10 > 0 { parts.append(units[rest % 10]) }
        } else if rest > 0 {
            parts.append(units[rest])
        }
        return parts.joined(separator: " ")
    }

    private static func intValue(_ value: Decimal) -> Int {
        NSDecimalNumber(decimal: value).intValue
    }
}
