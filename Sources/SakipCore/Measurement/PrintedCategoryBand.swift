import Foundation

/// A band of the category scale as a report prints it (Pematangsiantar Tabel 3.4: "91 – 100 Berhasil"): its
/// label and its range exactly as written. A printed scale may overlap at a boundary, leave gaps or have a
/// band without a range; it is kept as it is and reviewed (`LOGIC-CATEGORY-SCALE`), while capaian are
/// categorised on a valid scale (``MeasurementSettings/categories``).
public struct PrintedCategoryBand: Hashable, Sendable {
    public var label: String
    /// The range as printed ("91 – 100", "> 100", "≤ 50", "0 s.d. 50"); nil when the report prints none.
    public var range: String?
    public var description: String?

    public init(label: String, range: String? = nil, description: String? = nil) {
        self.label = label
        self.range = range
        self.description = description
    }

    /// The printed range read as an interval; nil when it is absent or cannot be read.
    public var interval: PrintedRange? { range.flatMap(PrintedRange.parse) }
}

/// An interval of capaian as a category scale prints it. A bound is nil when the range is open on that side.
public struct PrintedRange: Hashable, Sendable {
    public var lower: Decimal?
    public var lowerIncluded: Bool
    public var upper: Decimal?
    public var upperIncluded: Bool

    public init(lower: Decimal?, lowerIncluded: Bool, upper: Decimal?, upperIncluded: Bool) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upperIncluded
    }

    /// Whether the interval holds a capaian.
    public func contains(_ value: Decimal) -> Bool {
        let aboveLower = lower.map { lowerIncluded ? value >= $0 : value > $0 } ?? true
        let belowUpper = upper.map { upperIncluded ? value <= $0 : value < $0 } ?? true
        return aboveLower && belowUpper
    }

    /// Reads the spellings reports use: "91 – 100", "91-100 %", "0 s.d. 50", "> 100", "≥ 100", "< 50", "≤ 50",
    /// "90 < x ≤ 100", "91 % ≤ 100 %" (read as 91 to 100), "lebih dari 100", "di bawah 50", "100 ke atas".
    /// Nil when the text is no range.
    public static func parse(_ text: String) -> PrintedRange? {
        var body = text.lowercased().replacingOccurrences(of: "%", with: " ")
        for (from, to) in [("–", "-"), ("—", "-"), ("s.d.", "-"), ("s/d", "-"), ("sampai dengan", "-"), ("sampai", "-"),
                           (">=", "≥"), ("<=", "≤"), ("lebih dari", ">"), ("di atas", ">"), ("kurang dari", "<"),
                           ("di bawah", "<")] {
            body = body.replacingOccurrences(of: from, with: " \(to) ")
        }
        for mark in ["-", "<", ">", "≤", "≥"] { body = body.replacingOccurrences(of: mark, with: " \(mark) ") }
        var tokens = body.split(separator: " ").map(String.init)
        // "90 < x ≤ 100": the variable's name is not part of the range.
        tokens.removeAll { ["x", "c", "capaian", "nilai"].contains($0) }
        let upwards = tokens.last == "atas" && tokens.dropLast().last == "ke"
        if upwards { tokens.removeLast(2) }
        func number(_ token: String) -> Decimal? { try? IndonesianNumber.parse(token) }
        switch tokens.count {
        case 1:
            guard let value = number(tokens[0]) else { return nil }
            return upwards ? PrintedRange(lower: value, lowerIncluded: true, upper: nil, upperIncluded: false)
                : PrintedRange(lower: value, lowerIncluded: true, upper: value, upperIncluded: true)
        case 2:
            guard !upwards, let value = number(tokens[1]) else { return nil }
            switch tokens[0] {
            case ">": return PrintedRange(lower: value, lowerIncluded: false, upper: nil, upperIncluded: false)
            case "≥": return PrintedRange(lower: value, lowerIncluded: true, upper: nil, upperIncluded: false)
            case "<": return PrintedRange(lower: nil, lowerIncluded: false, upper: value, upperIncluded: false)
            case "≤": return PrintedRange(lower: nil, lowerIncluded: false, upper: value, upperIncluded: true)
            default: return nil
            }
        case 3:
            guard !upwards, let low = number(tokens[0]), let high = number(tokens[2]) else { return nil }
            switch tokens[1] {
            case "-", "≤": return PrintedRange(lower: low, lowerIncluded: true, upper: high, upperIncluded: true)
            case "<": return PrintedRange(lower: low, lowerIncluded: true, upper: high, upperIncluded: false)
            default: return nil
            }
        case 4:
            // "90 < ≤ 100" once the variable is gone.
            guard !upwards, let low = number(tokens[0]), let high = number(tokens[3]),
                  ["<", "≤"].contains(tokens[1]), ["<", "≤"].contains(tokens[2]) else { return nil }
            return PrintedRange(lower: low, lowerIncluded: tokens[1] == "≤", upper: high, upperIncluded: tokens[2] == "≤")
        default:
            return nil
        }
    }
}
