import Foundation
import SakipCore
import ZIPFoundation

/// The inputs cases are mutated from: the seed fixtures, the fixture workbooks, and a workbook generated from
/// every table of the corrected seeds. Built the same way in every process, in a fixed order.
struct Corpus {
    let fixtures: URL
    /// Seed file names and texts, by name.
    let seeds: [(name: String, text: String)]
    /// The corrected seeds, read: the office-years pasted tables and workbooks are applied to.
    let bases: [(name: String, file: OfficeYear)]
    /// Workbooks as their parts (path, bytes), in archive order.
    let workbooks: [(name: String, parts: [(path: String, data: Data)])]

    init(repository: URL) throws {
        fixtures = repository.appendingPathComponent("Tests/Fixtures")
        let seedDirectory = fixtures.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seedDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
        seeds = try names.map { ($0, try String(contentsOf: seedDirectory.appendingPathComponent($0), encoding: .utf8)) }
        bases = try seeds.filter { $0.name.contains("corrected") }.map { ($0.name, try OfficeYearReader.read($0.text).officeYear) }

        var workbooks: [(name: String, parts: [(path: String, data: Data)])] = []
        let xlsxDirectory = fixtures.appendingPathComponent("xlsx")
        for name in try FileManager.default.contentsOfDirectory(atPath: xlsxDirectory.path).filter({ $0.hasSuffix(".xlsx") }).sorted() {
            workbooks.append((name, try Self.parts(of: Data(contentsOf: xlsxDirectory.appendingPathComponent(name)))))
        }
        for (offset, id) in Sheet.ID.allCases.enumerated() {
            let base = bases[offset % bases.count]
            let sheet = Sheet.sheet(id, for: base.file)
            let rows = SheetEditor.rows(sheet, of: base.file)
            guard !rows.isEmpty else { continue }
            workbooks.append(("\(id.rawValue).xlsx", XlsxWriter.parts(sheetName: sheet.title, caption: offset % 2 == 0 ? sheet.title : nil,
                                                                      headers: sheet.headers, rows: rows, sharedStrings: offset % 3 != 0)))
        }
        self.workbooks = workbooks
    }

    /// The parts of a well-formed archive (our own fixtures), in archive order.
    static func parts(of data: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, bytes)
        }
    }
}

/// Writes a workbook of one worksheet the way spreadsheet programs do: shared or inline strings, numbers as
/// numbers, a date style for ISO dates, and zips parts back after they are mutated.
enum XlsxWriter {
    static func parts(sheetName: String, caption: String?, headers: [String], rows: [[String]], sharedStrings: Bool)
        -> [(path: String, data: Data)] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func text(_ value: String, _ reference: String) -> String {
            guard sharedStrings else { return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(value))</t></is></c>" }
            let number = index[value] ?? { strings.append(value); index[value] = strings.count - 1; return strings.count - 1 }()
            return "<c r=\"\(reference)\" t=\"s\"><v>\(number)</v></c>"
        }
        func cell(_ value: String, column: Int, row: Int) -> String {
            let reference = "\(SheetGrid.letters(column))\(row)"
            if value.isEmpty { return "" }
            if !value.isEmpty, value.count < 15, value.allSatisfy({ ("0"..."9").contains($0) }) { return "<c r=\"\(reference)\"><v>\(value)</v></c>" }
            if let date = CalendarDate(iso: value) ?? (try? IndonesianDate.parse(value)), let serial = serial(date) {
                return "<c r=\"\(reference)\" s=\"1\"><v>\(serial)</v></c>"
            }
            return text(value, reference)
        }
        var sheetRows: [String] = []
        var number = 1
        if let caption {
            sheetRows.append("<row r=\"1\">\(text(caption, "A1"))</row>")
            number = 3
        }
        for line in [headers] + rows {
            sheetRows.append("<row r=\"\(number)\">" + line.enumerated().map { cell($0.element, column: $0.offset, row: number) }.joined() + "</row>")
            number += 1
        }
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook \(ns) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"\(escape(String(sheetName.prefix(31))))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet \(ns)><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \(ns)><sheetData>\(sheetRows.joined())</sheetData></worksheet>"),
        ]
        if sharedStrings {
            parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst \(ns)>" + strings.map { "<si><t>\(escape($0))</t></si>" }.joined() + "</sst>"))
        }
        return parts.map { ($0.0, Data($0.1.utf8)) }
    }

    /// The archive of parts, each deflated or stored.
    static func zip(_ parts: [(path: String, data: Data)], stored: Bool = false) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw UsageError("the harness could not write a workbook") }
        return data
    }

    /// Days since 30 December 1899.
    static func serial(_ date: CalendarDate) -> Int? {
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30)),
              let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        return calendar.dateComponents([.day], from: origin, to: day).day
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
