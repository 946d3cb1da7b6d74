import Foundation
import SakipCore

/// A worksheet part: its non-empty rows with their cells as text, within ``WorkbookLimits``. A cell reference,
/// a row number or a shared-string number that cannot be right refuses the worksheet at its row and cell.
final class WorksheetCells: PartScanner {
    private let sheet: String
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var rows: [SheetGrid.Row] = []
    private var current: SheetGrid.Row?
    private var cell: (column: Int, reference: String, type: String, style: Int)?
    private var value = ""
    private var cells = 0

    private init(sheet: String, strings: [String], dateStyles: Set<Int>) {
        self.sheet = sheet
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func read(_ data: Data, part: String, sheet: String, strings: [String], dateStyles: Set<Int>) throws(DocumentError) -> [SheetGrid.Row] {
        let scanner = WorksheetCells(sheet: sheet, strings: strings, dateStyles: dateStyles)
        try scanner.scan(data, part: part)
        return scanner.rows
    }

    private var place: String { "lembar \"\(sheet)\"" }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            let number: Int
            if let text = attributes["r"] {
                guard let given = Int(text), (1...WorkbookLimits.rowNumber).contains(given) else {
                    return refuse("\(place): nomor baris \"\(text)\" tidak sah; baris bernomor 1 sampai \(IndonesianFormat.count(WorkbookLimits.rowNumber))")
                }
                number = given
            } else {
                number = (rows.last?.number ?? 0) + 1
                guard number <= WorkbookLimits.rowNumber else {
                    return refuse("\(place): lebih dari \(IndonesianFormat.count(WorkbookLimits.rowNumber)) baris")
                }
            }
            current = SheetGrid.Row(number: number, cells: [])
        case "c":
            guard let row = current else { return }
            let column: Int
            if let reference = attributes["r"] {
                guard let parsed = Self.column(reference) else {
                    return refuse("\(place), baris \(row.number): referensi sel \"\(reference)\" tidak sah; diharapkan huruf kolom lalu nomor baris (mis. F7), paling jauh kolom XFD")
                }
                column = parsed
            } else {
                column = row.cells.count
            }
            guard column < WorkbookLimits.columns else {
                return refuse("\(place), baris \(row.number): lebih dari \(IndonesianFormat.count(WorkbookLimits.columns)) kolom")
            }
            cell = (column, "\(SheetGrid.letters(column))\(row.number)", attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            value = ""
        case "v", "t":
            text = ""
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v", "t": value += text
        case "c":
            guard let cell, var row = current else { return }
            self.cell = nil
            guard let shown = display(value, cell: cell) else { return }
            if row.cells.count <= cell.column {
                cells += cell.column + 1 - row.cells.count
                guard cells <= WorkbookLimits.cells else {
                    return refuse("\(place) berisi lebih dari \(IndonesianFormat.count(WorkbookLimits.cells)) sel (dihitung sampai sel terakhir tiap baris); kirim hanya tabel yang diimpor")
                }
                row.cells.append(contentsOf: repeatElement("", count: cell.column + 1 - row.cells.count))
            }
            row.cells[cell.column] = shown.trimmingCharacters(in: .whitespacesAndNewlines)
            current = row
        case "row":
            if let row = current, row.cells.contains(where: { !$0.isEmpty }) {
                guard rows.count < WorkbookLimits.rows else {
                    return refuse("\(place) berisi lebih dari \(IndonesianFormat.count(WorkbookLimits.rows)) baris terisi; satu tabel paling banyak \(IndonesianFormat.count(Sheet.maximumRows)) baris")
                }
                rows.append(row)
            }
            current = nil
        default: break
        }
    }

    /// The cell as text; nil after refusing the worksheet.
    private func display(_ raw: String, cell: (column: Int, reference: String, type: String, style: Int)) -> String? {
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else {
                refuse("\(place), sel \(cell.reference): nomor teks bersama \"\(raw)\" tidak ada di xl/sharedStrings.xml (berisi \(strings.count) teks)")
                return nil
            }
            return strings[index]
        case "b": return raw == "1" ? "ya" : "tidak"
        case "str", "inlineStr", "e": return raw
        default:
            guard let number = Decimal(string: raw, locale: Self.posix), !number.isNaN else { return raw }
            if dateStyles.contains(cell.style), let date = SerialDate.iso(number) { return date }
            return "\(number)"
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The column index of a cell reference ("F7" → 5): one to three ASCII letters up to XFD, then the row's digits.
    static func column(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        let index = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return index < WorkbookLimits.columns ? index : nil
    }
}

/// A spreadsheet date serial (days since 30 December 1899, as Excel and LibreOffice count from March 1900).
enum SerialDate {
    /// The largest serial: 31 December 9999.
    static let last = 2_958_465

    /// The date of a serial's whole part as "yyyy-mm-dd"; nil outside 1 to ``last``, where a number is shown as typed.
    static func iso(_ serial: Decimal) -> String? {
        guard serial >= 1, serial < Decimal(last + 1) else { return nil }
        let days = NSDecimalNumber(decimal: serial.integerPart).intValue - 25_569
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm), in integers that stay small.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)?.iso
    }
}
