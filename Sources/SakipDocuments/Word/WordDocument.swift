import Foundation

/// A Word document under construction: its body, its headings (for the table of contents), its charts
/// and its lists; ``docx()`` packages it.
struct WordDocument {
    /// A heading kept for the table of contents.
    struct Heading {
        var text: String
        var level: Int
        var bookmark: String
    }

    private var body: [String] = []
    private(set) var headings: [Heading] = []
    private var charts: [ChartSpec] = []
    private var orderedLists = 0
    private var tocIndex: Int?
    /// How many headings come before the table of contents (Kata Pengantar, Ikhtisar Eksekutif).
    private(set) var headingsBeforeTOC = 0
    /// Title and subject for the document properties.
    var title: String
    var author: String
    /// A line printed under the page number on every page (a submitted version's digest).
    var footerNote: String?

    init(title: String, author: String) {
        self.title = title
        self.author = author
    }

    mutating func add(_ paragraph: Paragraph) { body.append(paragraph.xml) }

    /// A body paragraph, justified.
    mutating func text(_ text: String) { add(Paragraph(text, alignment: .both)) }

    /// A paragraph of runs, justified.
    mutating func text(_ runs: [Run]) { add(Paragraph(runs, alignment: .both)) }

    /// A heading; level 1 starts a new page. Bookmarked so the table of contents can point at it.
    mutating func heading(_ text: String, level: Int, newPage: Bool = false) {
        let bookmark = String(format: "_Toc%08d", headings.count + 1)
        headings.append(Heading(text: text, level: level, bookmark: bookmark))
        let id = headings.count
        var paragraph = Paragraph([Run(text)], style: "Heading\(level)")
        paragraph.pageBreakBefore = newPage
        paragraph.extra = ""
        // The bookmark wraps the heading's text.
        var xml = paragraph.xml
        let open = "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(bookmark)\"/>"
        let close = "<w:bookmarkEnd w:id=\"\(id)\"/>"
        if let range = xml.range(of: "</w:pPr>") {
            xml.insert(contentsOf: open, at: range.upperBound)
        } else {
            xml.insert(contentsOf: open, at: xml.index(xml.startIndex, offsetBy: 5))
        }
        xml.insert(contentsOf: close, at: xml.index(xml.endIndex, offsetBy: -6))
        body.append(xml)
    }

    /// A heading outside the table of contents (the cover's title, a caption-like title).
    mutating func title(_ text: String, size: Int = 14, spaceAfter: Int = 6) {
        var paragraph = Paragraph([Run(text, bold: true, size: size)], alignment: .center)
        paragraph.spaceAfter = spaceAfter
        add(paragraph)
    }

    mutating func pageBreak() { body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>") }

    mutating func emptyLines(_ count: Int) {
        for _ in 0..<count { body.append("<w:p/>") }
    }

    /// A bulleted list.
    mutating func bullets(_ items: [String]) {
        for item in items {
            var paragraph = Paragraph(item, alignment: .both)
            paragraph.list = (1, 0)
            add(paragraph)
        }
    }

    /// A numbered list starting at 1.
    mutating func numbered(_ items: [String]) {
        orderedLists += 1
        let numId = 1 + orderedLists
        for item in items {
            var paragraph = Paragraph(item, alignment: .both)
            paragraph.list = (numId, 0)
            add(paragraph)
        }
    }

    /// A caption and a table.
    mutating func table(_ table: ReportTable) {
        var caption = Paragraph(table.caption, style: "Caption", alignment: .center)
        caption.keepNext = true
        add(caption)
        body.append(WordTable.xml(table))
        body.append("<w:p/>")
    }

    /// A native chart, with a caption below it.
    mutating func chart(_ chart: ChartSpec, caption: String) {
        charts.append(chart)
        let index = charts.count
        var paragraph = Paragraph([], alignment: .center)
        paragraph.keepNext = true
        paragraph.extra = ChartPart.inlineDrawing(relationshipId: "rIdChart\(index)", index: index, title: chart.title)
        add(paragraph)
        add(Paragraph(caption, style: "Caption", alignment: .center))
    }

    /// The place of the table of contents: a real TOC field, filled in when the document is packaged.
    mutating func tableOfContents() {
        tocIndex = body.count
        headingsBeforeTOC = headings.count
        body.append("")
    }

    /// The raw XML of a table that is not a ``ReportTable`` (signature blocks).
    mutating func raw(_ xml: String) { body.append(xml) }

    /// The DOCX bytes. `pageNumbers` (by heading bookmark) fill the table of contents' cached page
    /// numbers when a layout pass has found them (the PDF path); Word recomputes them anyway.
    func docx(pageNumbers: [String: Int] = [:]) throws -> Data {
        var bodyParts = body
        if let tocIndex { bodyParts[tocIndex] = TableOfContents.xml(headings, pageNumbers: pageNumbers) }
        var package = OOXMLPackage()
        var types = ContentTypes()
        types.addDefault(extension: "xlsx", type: ContentTypes.Media.xlsx)
        types.addOverride(part: "word/document.xml", type: ContentTypes.Media.document)
        types.addOverride(part: "word/styles.xml", type: ContentTypes.Media.styles)
        types.addOverride(part: "word/settings.xml", type: ContentTypes.Media.settings)
        types.addOverride(part: "word/numbering.xml", type: ContentTypes.Media.numbering)
        types.addOverride(part: "word/footer1.xml", type: ContentTypes.Media.footer)
        types.addOverride(part: "docProps/core.xml", type: ContentTypes.Media.coreProperties)
        types.addOverride(part: "docProps/app.xml", type: ContentTypes.Media.appProperties)
        for index in charts.indices { types.addOverride(part: "word/charts/chart\(index + 1).xml", type: ContentTypes.Media.chart) }

        var root = Relationships()
        root.add(type: Relationships.Kind.officeDocument, target: "word/document.xml")
        root.add(type: Relationships.Kind.coreProperties, target: "docProps/core.xml")
        root.add(type: Relationships.Kind.extendedProperties, target: "docProps/app.xml")

        var documentRels = RelationshipsWithIds()
        documentRels.add(id: "rIdStyles", type: Relationships.Kind.styles, target: "styles.xml")
        documentRels.add(id: "rIdSettings", type: Relationships.Kind.settings, target: "settings.xml")
        documentRels.add(id: "rIdNumbering", type: Relationships.Kind.numbering, target: "numbering.xml")
        documentRels.add(id: "rIdFooter", type: Relationships.Kind.footer, target: "footer1.xml")
        for index in charts.indices {
            documentRels.add(id: "rIdChart\(index + 1)", type: Relationships.Kind.chart, target: "charts/chart\(index + 1).xml")
        }

        package.add("[Content_Types].xml", types.xml)
        package.add("_rels/.rels", root.xml)
        package.add("docProps/core.xml", DocumentProperties.core(title: title, author: author))
        package.add("docProps/app.xml", DocumentProperties.app)
        package.add("word/document.xml", documentXML(bodyParts))
        package.add("word/_rels/document.xml.rels", documentRels.xml)
        package.add("word/styles.xml", WordStyles.xml)
        package.add("word/settings.xml", WordSettings.xml)
        package.add("word/numbering.xml", WordNumbering.xml(orderedLists: orderedLists))
        package.add("word/footer1.xml", WordFooter.xml(note: footerNote))
        for (index, chart) in charts.enumerated() {
            let number = index + 1
            package.add("word/charts/chart\(number).xml", ChartPart.xml(chart, workbookRelationshipId: "rId1"))
            var chartRels = Relationships()
            chartRels.add(type: Relationships.Kind.package, target: "../embeddings/Microsoft_Excel_Worksheet\(number).xlsx")
            package.add("word/charts/_rels/chart\(number).xml.rels", chartRels.xml)
            package.add("word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx", data: try ChartPart.workbook(chart))
        }
        return try package.zipped()
    }

    private func documentXML(_ parts: [String]) -> String {
        var out = XMLText.declaration
        out += "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        out += " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        out += " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        out += " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        out += " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>"
        out += parts.joined()
        // A4, margins 3 cm (left 4 cm for binding); the cover has no page number (titlePg).
        out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        out += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        out += "<w:pgMar w:top=\"1701\" w:right=\"1701\" w:bottom=\"1701\" w:left=\"2268\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        out += "<w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>"
        return out + "</w:body></w:document>"
    }
}

/// Relationships with chosen ids, for parts whose body refers to them by name.
struct RelationshipsWithIds {
    private var entries: [(id: String, type: String, target: String)] = []

    mutating func add(id: String, type: String, target: String) { entries.append((id, type, target)) }

    var xml: String {
        var out = XMLText.declaration
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for entry in entries {
            out += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(XMLText.escape(entry.target))\"/>"
        }
        return out + "</Relationships>"
    }
}
