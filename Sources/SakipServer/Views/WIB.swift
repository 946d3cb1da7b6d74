import Foundation
import SakipCore

/// Moments as KPU offices read them: Indonesian western time (UTC+7).
enum WIB {
    static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// "17 Januari 2025 pukul 10.42 WIB".
    static func moment(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let calendarDate = CalendarDate(year: year, month: month, day: day) else { return "\(date)" }
        return "\(IndonesianDate.format(calendarDate)) pukul \(String(format: "%02d.%02d", parts.hour ?? 0, parts.minute ?? 0)) WIB"
    }

    /// The first moment of a calendar day in WIB.
    static func start(of day: CalendarDate) -> Date? {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
}
