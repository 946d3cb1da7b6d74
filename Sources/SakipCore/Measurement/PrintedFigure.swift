import Foundation

/// Compares a figure a document printed ("99,50 %", "98%", "1.100 %") with its exact recomputation.
///
/// A printed figure agrees when it equals the exact value rounded half-up to as many fraction digits
/// as were printed: "99,51 %" agrees with 99,5066…, "99,50 %" does not (it was truncated), and "98%"
/// does not agree with 98,947… (rounded to whole percent it is 99).
public enum PrintedFigure {
    /// The printed percentage read as a number, or nil when it is not one.
    public static func percent(_ printed: String) -> Decimal? {
        try? IndonesianNumber.parsePercent(printed)
    }

    /// Fraction digits written in a printed number ("99,50 %" → 2, "98%" → 0, "1.100 %" → 0): the digits
    /// after the last mark when that mark was read as the decimal mark.
    public static func fractionDigits(_ printed: String) -> Int {
        let body = printed.filter { $0.isASCIIDigit || $0 == "," || $0 == "." }
        guard let value = percent(printed), let mark = body.lastIndex(where: { $0 == "," || $0 == "." }),
              let joined = Decimal(string: body.filter(\.isASCIIDigit)) else { return 0 }
        let written = body.distance(from: mark, to: body.endIndex) - 1
        var scaled = value
        for _ in 0..<written { scaled *= 10 }
        return scaled == joined ? written : 0
    }

    /// Whether a printed percentage agrees with the exact value at its printed precision.
    public static func agrees(_ printed: String, with exact: Decimal) -> Bool {
        guard let value = percent(printed) else { return false }
        return exact.roundedHalfUp(scale: fractionDigits(printed)) == value
    }
}
