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

    /// "17 Januari 2025".
    public static func format(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// Reads "17 Januari 2025", "17 Jan 2025", "17-01-2025" or "2025-01-17".
    public static func parse(_ text: String) throws(ValueParseError) -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = CalendarDate(iso: trimmed) { return iso }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init)
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4 else {
            throw ValueParseError(text, "bukan tanggal; tulis seperti \"17 Januari 2025\"")
        }
        let month: Int
        if let number = Int(words[1]) {
            month = number
        } else if let index = monthNames.firstIndex(where: { $0.lowercased() == words[1].lowercased() }) {
            month = index + 1
        } else if let short = abbreviations[words[1].lowercased().trimmingCharacters(in: .init(charactersIn: "."))] {
            month = short
        } else {
            throw ValueParseError(text, "nama bulan \"\(words[1])\" tidak dikenal")
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw ValueParseError(text, "tanggal tidak ada dalam kalender")
        }
        return date
    }
}
