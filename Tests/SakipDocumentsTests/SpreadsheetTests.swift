import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

@Suite struct SpreadsheetTests {
    @Test func asahan_xlsx_hasOneSheetPerTableWithRealNumbers() throws {
        let lkj = LKjDocument(try Seeds.load("asahan-2024-corrected"))
        let tables = try lkj.tables()
        let package = try OpenedPackage(lkj.xlsx())
        let workbook = try #require(package.text("xl/workbook.xml"))
        #expect(attributeValues("sheetId", in: workbook).count == tables.count)
        #expect(workbook.contains("name=\"Tabel 3.1\""))
        let sheets = package.order.filter { $0.hasPrefix("xl/worksheets/sheet") }
        #expect(sheets.count == tables.count)
        let all = sheets.compactMap(package.text).joined()
        // The total realisation is a numeric cell (no t="…"), not text.
        #expect(all.range(of: "s=\"10\"><v>83098081692</v>") != nil || all.range(of: "s=\"5\"><v>83098081692</v>") != nil)
        #expect(!all.contains("<t xml:space=\"preserve\">83.098.081.692</t>"))
        #expect(all.contains("<v>99.65</v>"))
        #expect(all.contains("state=\"frozen\""))
    }

    @Test func styles_useLocaleIndependentNumberFormats() throws {
        let package = try OpenedPackage(LKjDocument(try Seeds.load("asahan-2024-corrected")).xlsx())
        let styles = try #require(package.text("xl/styles.xml"))
        #expect(styles.contains("formatCode=\"#,##0.00&quot; %&quot;\""))
        #expect(styles.contains("numFmtId=\"3\""))
    }

    @Test func sheetNames_areShortUniqueAndLegal() {
        var workbook = Workbook()
        for _ in 0..<3 {
            workbook.sheets.append(Worksheet(name: workbook.safeName("Tabel: 3/1 [sangat panjang sekali melebihi batas]"),
                                             caption: nil, headers: [], rows: [], widths: []))
        }
        let names = workbook.sheets.map(\.name)
        #expect(Set(names.map { $0.lowercased() }).count == 3)
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains(":") && !$0.contains("/") && !$0.contains("[") })
    }

    @Test func columnNames_goPastZ() {
        #expect(Worksheet.columnName(0) == "A")
        #expect(Worksheet.columnName(25) == "Z")
        #expect(Worksheet.columnName(26) == "AA")
        #expect(Worksheet.columnName(27) == "AB")
    }
}
