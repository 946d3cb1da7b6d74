import Foundation
import SakipCore

/// A save refused because someone else changed the same data after the form was shown.
public struct ChangeConflict: Error, Sendable, CustomStringConvertible {
    /// Who made the newer change, and when.
    public let userName: String
    public let at: Date
    /// Where: the first clashing value ("realisations[I7 TW2].value").
    public let path: String

    /// "Data ini telah diubah oleh operator.asahan pada 17 Januari 2025 pukul 10.42 WIB; muat ulang …".
    public var description: String {
        "Data ini telah diubah oleh \(userName) pada \(Self.moment(at)); muat ulang halaman untuk melihat perubahannya. "
            + "Isian Anda belum disimpan dan masih ada di formulir."
    }

    /// A moment in Indonesian western time: "17 Januari 2025 pukul 10.42 WIB".
    static func moment(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let calendarDate = CalendarDate(year: year, month: month, day: day) else { return "\(date)" }
        let time = String(format: "%02d.%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(IndonesianDate.format(calendarDate)) pukul \(time) WIB"
    }
}
