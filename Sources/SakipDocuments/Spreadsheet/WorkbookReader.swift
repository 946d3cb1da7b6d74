import Foundation
import SakipCore

/// Reads the worksheets of an .xlsx workbook (Excel, LibreOffice Calc, Google Sheets) as text cells, to import
/// tables an office already keeps. Numbers come out plain ("16561"), dates as ISO ("2024-11-26"), text as typed.
///
/// Bounded by ``WorkbookLimits``: a file that crosses a bound, or whose parts cannot be right, is refused in
/// Indonesian with the part, worksheet, row or cell concerned.
public enum WorkbookReader {
    /// The worksheets in workbook order; refused in Indonesian when the file is not a readable .xlsx.
    public static func read(_ data: Data) throws(DocumentError) -> [SheetGrid] {
        var archive = try WorkbookArchive(data)
        guard let workbook = try archive.part("xl/workbook.xml") else {
            throw .unreadable("berkas tidak berisi xl/workbook.xml; simpan tabel sebagai Excel Workbook (.xlsx), bukan .xls atau .ods")
        }
        var strings: [String] = []
        if let part = try archive.part("xl/sharedStrings.xml") { strings = try SharedStrings.read(part) }
        var dateStyles: Set<Int> = []
        if let part = try archive.part("xl/styles.xml") { dateStyles = try DateStyles.read(part) }
        var targets: [String: String] = [:]
        if let part = try archive.part("xl/_rels/workbook.xml.rels") { targets = try Targets.read(part) }
        var grids: [SheetGrid] = []
        for sheet in try WorkbookSheets.read(workbook) {
            let target = targets[sheet.relationship] ?? ""
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try archive.part(path) else { continue }
            let rows = try WorksheetCells.read(xml, part: path, sheet: sheet.name, strings: strings, dateStyles: dateStyles)
            grids.append(SheetGrid(name: sheet.name, rows: rows))
        }
        return grids
    }
}
