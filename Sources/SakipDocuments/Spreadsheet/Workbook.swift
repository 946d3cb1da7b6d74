import Foundation

/// An XLSX workbook: worksheets with inline strings and real numbers.
struct Workbook {
    var sheets: [Worksheet] = []

    /// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
    func safeName(_ name: String) -> String {
        let forbidden = Set("[]:*?/\\")
        var base = String(name.filter { !forbidden.contains($0) }.prefix(31))
        if base.isEmpty { base = "Lembar" }
        var candidate = base
        var counter = 2
        while sheets.contains(where: { $0.name.lowercased() == candidate.lowercased() }) {
            let suffix = " (\(counter))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        return candidate
    }

    /// The XLSX bytes.
    func xlsx() throws -> Data {
        var package = OOXMLPackage()
        var types = ContentTypes()
        types.addOverride(part: "xl/workbook.xml", type: ContentTypes.Media.workbook)
        types.addOverride(part: "xl/styles.xml", type: ContentTypes.Media.spreadsheetStyles)
        for index in sheets.indices { types.addOverride(part: "xl/worksheets/sheet\(index + 1).xml", type: ContentTypes.Media.worksheet) }
        package.add("[Content_Types].xml", types.xml)
        var root = Relationships()
        root.add(type: Relationships.Kind.officeDocument, target: "xl/workbook.xml")
        package.add("_rels/.rels", root.xml)

        var rels = Relationships()
        var workbook = XMLText.declaration
        workbook += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        workbook += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            let id = rels.add(type: Relationships.Kind.worksheet, target: "worksheets/sheet\(index + 1).xml")
            workbook += "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"\(id)\"/>"
        }
        workbook += "</sheets></workbook>"
        rels.add(type: Relationships.Kind.styles, target: "styles.xml")
        package.add("xl/workbook.xml", workbook)
        package.add("xl/_rels/workbook.xml.rels", rels.xml)
        package.add("xl/styles.xml", SpreadsheetStyles.xml)
        for (index, sheet) in sheets.enumerated() { package.add("xl/worksheets/sheet\(index + 1).xml", sheet.xml) }
        return try package.zipped()
    }
}

extension Workbook {
    /// Adds a report table as a worksheet named by its number ("Tabel 3.1").
    mutating func add(_ table: ReportTable) {
        let rows: [[Worksheet.Cell]] = table.rows.map { row in
            let bold = row.kind != .normal
            return row.cells.map { cell in
                switch cell {
                case .text(let text): .text(text, bold: bold)
                case .number(let value, let style): .number(value, style, bold: bold)
                case .empty: .empty
                }
            }
        }
        let widths = table.columns.map { max(6, min(60, $0.width * 2)) }
        sheets.append(Worksheet(name: safeName(table.label), caption: table.caption, headers: table.columns.map(\.title),
                                rows: rows, widths: widths))
    }
}
