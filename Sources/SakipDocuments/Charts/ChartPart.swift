import Foundation

/// A DrawingML chart part (`c:chartSpace`) with its data cached in the XML, an embedded workbook that
/// makes it editable in Word, and the inline drawing that places it in the document.
enum ChartPart {
    /// The text width in EMU (7937 twips).
    static let width = 5_039_995

    private static let palette = ["1F4E79", "C55A11", "548235", "7F6000"]

    /// The `w:drawing` run placing chart `index` inline.
    static func inlineDrawing(relationshipId: String, index: Int, title: String, height: Int = 3_240_000) -> String {
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(index)\" name=\"Grafik \(index)\" descr=\"\(XMLText.escape(title))\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart r:id=\"\(relationshipId)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    /// The chart part.
    static func xml(_ chart: ChartSpec, workbookRelationshipId: String) -> String {
        var out = XMLText.declaration
        out += "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
        out += " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        out += " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<c:date1904 val=\"0\"/><c:lang val=\"id-ID\"/><c:roundedCorners val=\"0\"/><c:chart>"
        out += "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1100\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"id-ID\" sz=\"1100\" b=\"1\"/>"
        out += "<a:t>\(XMLText.escape(chart.title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        out += "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
        let axes = "<c:axId val=\"50010001\"/><c:axId val=\"50010002\"/>"
        // A chart that prints its values draws no gridlines for a label to sit on (a line at 100 through "100,00"),
        // and its axis leaves room for the longest label.
        let labelled = chart.kind != .line && chart.series.count == 1
        let maximum = labelled ? ChartScale.axisMaximum(chart.series.flatMap { $0.values.compactMap { $0 } }) : nil
        switch chart.kind {
        case .bar, .horizontalBar:
            out += "<c:barChart><c:barDir val=\"\(chart.kind == .bar ? "col" : "bar")\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
            out += seriesXML(chart, line: false)
            // Value labels only for one series: two series of large amounts would overlap.
            if labelled { out += "<c:dLbls><c:numFmt formatCode=\"\(XMLText.escape(chart.numberFormat))\" sourceLinked=\"0\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>" }
            out += "<c:gapWidth val=\"80\"/>\(axes)</c:barChart>"
        case .line:
            out += "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
            out += seriesXML(chart, line: true)
            out += "<c:marker val=\"1\"/>\(axes)</c:lineChart>"
        }
        let horizontal = chart.kind == .horizontalBar
        out += "<c:catAx><c:axId val=\"50010001\"/><c:scaling><c:orientation val=\"\(horizontal ? "maxMin" : "minMax")\"/></c:scaling><c:delete val=\"0\"/>"
        out += "<c:axPos val=\"\(horizontal ? "l" : "b")\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
        out += "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"id-ID\"/></a:p></c:txPr>"
        out += "<c:crossAx val=\"50010002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        let bounds = maximum.map { "<c:max val=\"\($0.xmlNumber)\"/><c:min val=\"0\"/>" } ?? ""
        out += "<c:valAx><c:axId val=\"50010002\"/><c:scaling><c:orientation val=\"minMax\"/>\(bounds)</c:scaling><c:delete val=\"0\"/>"
        out += "<c:axPos val=\"\(horizontal ? "b" : "l")\"/>\(labelled ? "" : "<c:majorGridlines/>")"
        out += "<c:numFmt formatCode=\"\(XMLText.escape(ChartScale.tickFormat(chart.numberFormat)))\" sourceLinked=\"0\"/>"
        out += "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
        out += "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"id-ID\"/></a:p></c:txPr>"
        out += "<c:crossAx val=\"50010001\"/><c:crosses val=\"\(horizontal ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/></c:valAx>"
        out += "</c:plotArea>"
        if chart.series.count > 1 { out += "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>" }
        out += "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        out += "<c:externalData r:id=\"\(workbookRelationshipId)\"><c:autoUpdate val=\"0\"/></c:externalData>"
        return out + "</c:chartSpace>"
    }

    private static func seriesXML(_ chart: ChartSpec, line: Bool) -> String {
        let count = chart.categories.count
        let lastRow = count + 1
        var out = ""
        for (index, series) in chart.series.enumerated() {
            let column = Worksheet.columnName(index + 1)
            let color = palette[index % palette.count]
            out += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            out += "<c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(XMLText.escape(series.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
            if line {
                out += "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill></a:ln></c:spPr>"
                out += "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/></c:marker>"
            } else {
                out += "<c:spPr><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            }
            out += "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(lastRow)</c:f><c:strCache><c:ptCount val=\"\(count)\"/>"
            for (point, category) in chart.categories.enumerated() {
                out += "<c:pt idx=\"\(point)\"><c:v>\(XMLText.escape(category))</c:v></c:pt>"
            }
            out += "</c:strCache></c:strRef></c:cat>"
            out += "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(lastRow)</c:f><c:numCache>"
            out += "<c:formatCode>\(XMLText.escape(chart.numberFormat))</c:formatCode><c:ptCount val=\"\(count)\"/>"
            for (point, value) in series.values.enumerated() {
                if let value { out += "<c:pt idx=\"\(point)\"><c:v>\(value.xmlNumber)</c:v></c:pt>" }
            }
            out += "</c:numCache></c:numRef></c:val>"
            if line { out += "<c:smooth val=\"0\"/>" }
            out += "</c:ser>"
        }
        return out
    }

    /// The workbook behind the chart: categories in column A, one series per column, names in row 1.
    static func workbook(_ chart: ChartSpec) throws -> Data {
        let style: ReportTable.NumberStyle = chart.numberFormat.contains(".") ? .decimal : .money
        let rows: [[Worksheet.Cell]] = chart.categories.enumerated().map { point, category in
            [.text(category)] + chart.series.map { series in
                series.values[point].map { .number($0, style) } ?? .empty
            }
        }
        let sheet = Worksheet(name: "Sheet1", caption: nil, headers: [""] + chart.series.map(\.name), rows: rows,
                              widths: [40] + chart.series.map { _ in 18 })
        return try Workbook(sheets: [sheet]).xlsx()
    }
}
