import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SakipCore
import ZIPFoundation

/// Reads the worksheets of an .xlsx workbook (Excel, LibreOffice Calc, Google Sheets) as text cells, to import
/// tables an office already keeps. Numbers come out plain ("16561"), dates as ISO ("2024-11-26"), text as typed.
public enum WorkbookReader {
    /// The worksheets in workbook order; refused in Indonesian when the file is not a readable .xlsx.
    public static func read(_ data: Data) throws(DocumentError) -> [SheetGrid] {
        let parts: [String: Data]
        do { parts = try unzip(data) } catch {
            throw .unreadable("berkas bukan workbook .xlsx (arsip ZIP tidak terbaca); simpan tabel sebagai Excel Workbook (.xlsx)")
        }
        guard let workbook = parts["xl/workbook.xml"] else {
            throw .unreadable("berkas tidak berisi xl/workbook.xml; simpan tabel sebagai Excel Workbook (.xlsx), bukan .xls atau .ods")
        }
        let strings = parts["xl/sharedStrings.xml"].map(SharedStrings.read) ?? []
        let dateStyles = parts["xl/styles.xml"].map(DateStyles.read) ?? []
        let targets = parts["xl/_rels/workbook.xml.rels"].map(Targets.read) ?? [:]
        return WorkbookSheets.read(workbook).compactMap { sheet in
            let target = targets[sheet.relationship] ?? ""
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = parts[path] else { return nil }
            return SheetGrid(name: sheet.name, rows: WorksheetCells.read(xml, strings: strings, dateStyles: dateStyles))
        }
    }

    private static func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }
}

/// Collects elements of an XML part with a callback per element start, end and text.
private class PartScanner: NSObject, XMLParserDelegate {
    var text = ""

    func scan(_ data: Data) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()
    }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        start(local(elementName), attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    private func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }
}

/// xl/sharedStrings.xml: the text of each shared string, runs joined, phonetic hints left out.
private final class SharedStrings: PartScanner {
    var items: [String] = []
    private var inPhonetic = false

    static func read(_ data: Data) -> [String] {
        let scanner = SharedStrings()
        scanner.scan(data)
        return scanner.items
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "si" { text = "" }
        if name == "rPh" { inPhonetic = true }
    }

    override func end(_ name: String) {
        if name == "rPh" { inPhonetic = false }
        if name == "si" { items.append(text) }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !inPhonetic { text += string }
    }
}

/// xl/styles.xml: which cell formats (by index) show a number as a date.
private final class DateStyles: PartScanner {
    private var customDates: Set<Int> = []
    private var formats: [Int] = []
    private var inCellFormats = false

    static func read(_ data: Data) -> Set<Int> {
        let scanner = DateStyles()
        scanner.scan(data)
        return Set(scanner.formats.indices.filter { index in
            let id = scanner.formats[index]
            return (14...22).contains(id) || (45...47).contains(id) || scanner.customDates.contains(id)
        })
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            let code = (attributes["formatCode"] ?? "").lowercased().replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
            if let id = attributes["numFmtId"].flatMap(Int.init), code.contains("y") || code.contains("d") { customDates.insert(id) }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: String) { if name == "cellXfs" { inCellFormats = false } }
}

/// xl/_rels/workbook.xml.rels: relationship id → part path.
private final class Targets: PartScanner {
    var targets: [String: String] = [:]

    static func read(_ data: Data) -> [String: String] {
        let scanner = Targets()
        scanner.scan(data)
        return scanner.targets
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// xl/workbook.xml: the sheets' names and relationship ids in order.
private final class WorkbookSheets: PartScanner {
    var sheets: [(name: String, relationship: String)] = []

    static func read(_ data: Data) -> [(name: String, relationship: String)] {
        let scanner = WorkbookSheets()
        scanner.scan(data)
        return scanner.sheets
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "sheet", let sheet = attributes["name"] else { return }
        let relationship = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((sheet, relationship))
    }
}

/// A worksheet part: its non-empty rows with their cells as text.
private final class WorksheetCells: PartScanner {
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var rows: [SheetGrid.Row] = []
    private var current: SheetGrid.Row?
    private var cell: (column: Int, type: String, style: Int)?
    private var value = ""

    init(strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func read(_ data: Data, strings: [String], dateStyles: Set<Int>) -> [SheetGrid.Row] {
        let scanner = WorksheetCells(strings: strings, dateStyles: dateStyles)
        scanner.scan(data)
        return scanner.rows
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? ((rows.last?.number ?? 0) + 1)
            current = SheetGrid.Row(number: number, cells: [])
        case "c":
            let column = attributes["r"].map(Self.column) ?? (current?.cells.count ?? 0)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
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
            let shown = display(value, type: cell.type, style: cell.style).trimmingCharacters(in: .whitespacesAndNewlines)
            while row.cells.count <= cell.column { row.cells.append("") }
            row.cells[cell.column] = shown
            current = row
            self.cell = nil
        case "row":
            if let row = current, row.cells.contains(where: { !$0.isEmpty }) { rows.append(row) }
            current = nil
        default: break
        }
    }

    private func display(_ raw: String, type: String, style: Int) -> String {
        switch type {
        case "s": return Int(raw).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "b": return raw == "1" ? "ya" : "tidak"
        case "str", "inlineStr", "e": return raw
        default:
            guard let number = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")) else { return raw }
            if dateStyles.contains(style), let serial = Int(raw.split(separator: ".").first ?? "") { return Self.date(serial) }
            return "\(number)"
        }
    }

    /// A spreadsheet date serial (days since 30 December 1899) as ISO "yyyy-mm-dd".
    static func date(_ serial: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let day = calendar.date(byAdding: .day, value: serial, to: origin)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The column index of a cell reference ("F7" → 5).
    static func column(_ reference: String) -> Int {
        reference.prefix { $0.isLetter }.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}
