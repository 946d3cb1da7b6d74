import Foundation

/// Renders a ``ReportTable`` as a Word table: repeated header row, borders, numbers aligned right,
/// group rows spanning the table, totals in bold, and columns as wide as their words need (``ColumnWidths``).
enum WordTable {
    /// Usable text width in twips (A4 minus the margins of ``WordDocument``).
    static let textWidth = 7937

    static func xml(_ table: ReportTable) -> String {
        let layout = ColumnWidths.layout(table, total: textWidth)
        let widths = layout.widths
        // The style's size is left to the style; a smaller size is written on every run.
        let size = layout.points == ColumnWidths.points ? nil : layout.points
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TabelLaporan\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/>"
        out += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        out += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        for (column, width) in zip(table.columns, widths) {
            out += cell(Paragraph([Run(column.title, bold: true, size: size)], style: "IsiTabel", alignment: .center).xml,
                        width: width, shade: "D9E2F3")
        }
        out += "</w:tr>"
        for row in table.rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            if row.kind == .group {
                let text = row.cells.first?.display ?? ""
                out += cell(Paragraph([Run(text, bold: true, size: size)], style: "IsiTabel").xml, width: textWidth, span: widths.count, shade: "F2F2F2")
            } else {
                for (index, width) in widths.enumerated() {
                    let value = index < row.cells.count ? row.cells[index] : .empty
                    let paragraph = Paragraph([Run(value.display, bold: row.kind == .total, size: size)], style: "IsiTabel",
                                              alignment: value.isNumber ? .right : (index == 0 ? .center : .left))
                    out += cell(paragraph.xml, width: width)
                }
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }

    private static func cell(_ content: String, width: Int, span: Int = 1, shade: String? = nil) -> String {
        var tcPr = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { tcPr += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let shade { tcPr += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shade)\"/>" }
        return "<w:tc><w:tcPr>\(tcPr)</w:tcPr>\(content)</w:tc>"
    }
}
