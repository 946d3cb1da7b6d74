/// A day in the Gregorian calendar, without time or time zone: SAKIP documents are dated by day. A
/// document that prints only the month ("Januari 2023") gives a date of month precision.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date is known: the day, or only the month ("Januari 2023").
    public enum Precision: String, Hashable, Sendable { case day, month }

    public let year: Int
    public let month: Int
    /// The day; 1 for a date of month precision.
    public let day: Int
    public let precision: Precision

    /// Fails when the day does not exist (31 April, 29 February of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        precision = .day
    }

    /// A date known to the month only, as a document prints "Januari 2023".
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
        day = 1
        precision = .month
    }

    /// Reads "2025-01-17", or "2025-01" for a date known to the month only.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        if parts.count == 2 {
            self.init(year: y, month: m)
            return
        }
        guard parts[2].count == 2, parts[2].allSatisfy(\.isASCIIDigit), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "2025-01-17", or "2025-01" for a date of month precision; the year has four digits ("0001-01-01").
    public var iso: String {
        let y = (0..<1000).contains(year) ? String(repeating: "0", count: 4 - "\(year)".count) + "\(year)" : "\(year)"
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard precision == .day else { return "\(y)-\(m)" }
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public var description: String { iso }

    /// The quarter (triwulan) the day falls in.
    public var quarter: Quarter { Quarter(rawValue: (month - 1) / 3 + 1)! }

    /// The last day the date may stand for: itself, or the month's last day for a date of month precision.
    public var lastDay: CalendarDate {
        precision == .day ? self : CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// The first day the date may stand for: itself, or the month's first day.
    public var firstDay: CalendarDate {
        precision == .day ? self : CalendarDate(year: year, month: month, day: 1)!
    }

    /// Whether this date is surely before another, whatever day a date of month precision stands for:
    /// "Januari 2024" is not surely before "15 Januari 2024", but it is before "1 Februari 2024".
    public func isSurelyBefore(_ other: CalendarDate) -> Bool {
        lastDay < other.firstDay
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
