/// `xl/styles.xml` and the cell style indexes the worksheets use.
///
/// Number formats are written with the locale-independent codes (`#,##0`, `#,##0.00`); Excel and
/// LibreOffice show them with the reader's separators, so an Indonesian installation shows 83.098.081.692
/// and 99,65 %.
enum SpreadsheetStyles {
    static let title = 1
    static let header = 2
    private static let text = 3
    private static let integer = 4
    private static let money = 5
    private static let percent = 6
    private static let decimal = 7
    private static let boldOffset = 5

    /// The style index of a cell.
    static func style(of cell: Worksheet.Cell) -> Int {
        switch cell {
        case .text(_, let bold): bold ? text + boldOffset : text
        case .empty: text
        case .number(_, let kind, let bold): base(of: kind) + (bold ? boldOffset : 0)
        }
    }

    private static func base(of kind: ReportTable.NumberStyle) -> Int {
        switch kind {
        case .integer: integer
        case .money: money
        case .percent: percent
        case .decimal: decimal
        }
    }

    static let xml: String = {
        var out = XMLText.declaration
        out += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out += "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00&quot; %&quot;\"/></numFmts>"
        out += "<fonts count=\"2\"><font><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        out += "<font><b/><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font></fonts>"
        out += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E2F3\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        out += "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
        out += "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        // 0 default, 1 title, 2 header, 3–7 text/integer/money/percent/decimal, 8–12 the same in bold.
        var xfs = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                   "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
                   "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"]
        for font in 0...1 {
            xfs.append("<xf numFmtId=\"0\" fontId=\"\(font)\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>")
            for format in [3, 3, 164, 4] {
                xfs.append("<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>")
            }
        }
        out += "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return out + "</styleSheet>"
    }()
}
