import Foundation

/// One worksheet: an optional caption row, a header row (frozen), and rows of typed cells.
struct Worksheet {
    /// A cell: text, or a real number with its display style.
    enum Cell {
        case text(String, bold: Bool = false)
        case number(Decimal, ReportTable.NumberStyle, bold: Bool = false)
        case empty
    }

    var name: String
    var caption: String?
    var headers: [String]
    var rows: [[Cell]]
    /// Column widths in characters.
    var widths: [Int]

    /// The row number (1-based) of the header row.
    var headerRow: Int { caption == nil ? 1 : 2 }

    /// "A", "B", … "AA".
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    var xml: String {
        var out = XMLText.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        let firstData = headerRow + 1
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headerRow)\" topLeftCell=\"A\(firstData)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A\(firstData)\" sqref=\"A\(firstData)\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            out += "<cols>"
            for (index, width) in widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        var rowNumber = 1
        if let caption {
            out += "<row r=\"1\">" + cellXML(.text(caption), column: 0, row: 1, style: SpreadsheetStyles.title) + "</row>"
            rowNumber = 2
        }
        out += "<row r=\"\(rowNumber)\">"
        for (index, header) in headers.enumerated() {
            out += cellXML(.text(header), column: index, row: rowNumber, style: SpreadsheetStyles.header)
        }
        out += "</row>"
        for row in rows {
            rowNumber += 1
            out += "<row r=\"\(rowNumber)\">"
            for (index, cell) in row.enumerated() {
                out += cellXML(cell, column: index, row: rowNumber, style: SpreadsheetStyles.style(of: cell))
            }
            out += "</row>"
        }
        out += "</sheetData>"
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return out + "</worksheet>"
    }

    private func cellXML(_ cell: Cell, column: Int, row: Int, style: Int) -> String {
        let reference = "\(Self.columnName(column))\(row)"
        switch cell {
        case .text(let text, _):
            return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
        case .number(let value, _, _):
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value.xmlNumber)</v></c>"
        case .empty:
            return "<c r=\"\(reference)\" s=\"\(style)\"/>"
        }
    }
}
