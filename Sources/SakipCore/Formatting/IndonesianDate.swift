import Foundation

/// Indonesian dates: "17 Januari 2025".
public enum IndonesianDate {
    /// Month names, January first.
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    private static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7,
        "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
    ]

    /// "17 Januari 2025", or "Januari 2025" for a date known to the month only.
    public static func format(_ date: CalendarDate) -> String {
        date.precision == .month ? "\(monthNames[date.month - 1]) \(date.year)" : "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// A date that a document may leave out (the original DIPA printed without one): "tanpa tanggal" then.
    public static func format(_ date: CalendarDate?) -> String {
        date.map { format($0) } ?? "tanpa tanggal"
    }

    /// Reads "17 Januari 2025", "17 Jan 2025", "17-01-2025" or "2025-01-17"; with `allowingMonth`, also
    /// "Januari 2025" and "2025-01" as a date of month precision.
    public static func parse(_ text: String, allowingMonth: Bool = false) throws(ValueParseError) -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = CalendarDate(iso: trimmed), allowingMonth || iso.precision == .day { return iso }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init)
        if allowingMonth, words.count == 2, let year = Int(words[1]), words[1].count == 4,
           let month = monthNumber(words[0]), let date = CalendarDate(year: year, month: month) {
            return date
        }
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4 else {
            throw ValueParseError(text, "bukan tanggal; tulis seperti \"17 Januari 2025\"")
        }
        guard let month = monthNumber(words[1]) else {
            throw ValueParseError(text, "nama bulan \"\(words[1])\" tidak dikenal")
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw ValueParseError(text, "tanggal tidak ada dalam kalender")
        }
        return date
    }

    /// 1 for "Januari", "Jan", "1" or "01"; nil when the word names no month.
    private static func monthNumber(_ word: String) -> Int? {
        if let number = Int(word) { return number }
        if let index = monthNames.firstIndex(where: { $0.lowercased() == word.lowercased() }) { return index + 1 }
        return abbreviations[word.lowercased().trimmingCharacters(in: .init(charactersIn: "."))]
    }
}
