import Foundation
import SakipCore
import SakipDocuments
import ZIPFoundation

/// Seconds of importing a table of `rows` rows (the logistics distribution, one kelurahan/desa per row) from an
/// .xlsx workbook into an office-year: reading the workbook, finding the table, applying it, and applying it again,
/// when every row is matched against the stored rows by its identity (the step that was quadratic, issue 11).
func tableImportSeconds(rows: Int, into file: OfficeYear) throws -> (read: Double, find: Double, first: Double, again: Double) {
    let sheet = Sheet.sheet(.logisticsDistribution, for: file)
    let workbook = try distributionWorkbook(rows: rows)
    func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000)
    }
    let (grids, read) = try seconds { try WorkbookReader.read(workbook) }
    let (imported, find) = try seconds { try SheetImport.read(grids, for: sheet) }
    let (first, applied) = try seconds { try SheetEditor.apply(sheet, rows: imported.rows, to: file) }
    let (_, again) = try seconds { try SheetEditor.apply(sheet, rows: imported.rows, to: first.officeYear) }
    return (read, find, applied, again)
}

/// A workbook of one worksheet with a header row and `rows` rows, text as shared strings as Excel writes them.
private func distributionWorkbook(rows: Int) throws -> Data {
    var strings = ["Kecamatan", "Kelurahan/Desa", "TPS", "Kotak suara", "Kantong logistik"]
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    xml += "<row r=\"1\">" + (0..<5).map { "<c r=\"\(SheetGrid.letters($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
    for row in 1...rows {
        let number = row + 1
        strings.append("Kecamatan \(row % 97)")
        strings.append("Desa \(row)")
        xml += "<row r=\"\(number)\"><c r=\"A\(number)\" t=\"s\"><v>\(strings.count - 2)</v></c><c r=\"B\(number)\" t=\"s\"><v>\(strings.count - 1)</v></c>"
        xml += "<c r=\"C\(number)\"><v>\(row % 9 + 1)</v></c><c r=\"D\(number)\"><v>2</v></c><c r=\"E\(number)\"><v>4</v></c></row>"
    }
    xml += "</sheetData></worksheet>"
    let shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
    let parts = [
        ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Distribusi\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml", xml),
        ("xl/sharedStrings.xml", shared),
    ]
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
}
