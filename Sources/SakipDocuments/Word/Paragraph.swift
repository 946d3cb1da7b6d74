/// A Word paragraph: style, alignment, indentation, list membership and runs.
struct Paragraph {
    enum Alignment: String { case left, center, right, both }

    var runs: [Run]
    var style: String?
    var alignment: Alignment?
    /// Space after in points; nil for the style's.
    var spaceAfter: Int?
    var spaceBefore: Int?
    /// Left indentation in twips.
    var indent: Int?
    /// A list: numbering instance and level.
    var list: (numId: Int, level: Int)?
    var keepNext = false
    var pageBreakBefore = false
    /// Raw XML placed after the runs (fields, bookmarks, drawings).
    var extra = ""

    init(_ runs: [Run], style: String? = nil, alignment: Alignment? = nil) {
        self.runs = runs
        self.style = style
        self.alignment = alignment
    }

    init(_ text: String, style: String? = nil, alignment: Alignment? = nil, bold: Bool = false) {
        self.init([Run(text, bold: bold)], style: style, alignment: alignment)
    }

    var xml: String {
        var pPr = ""
        if let style { pPr += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { pPr += "<w:keepNext/>" }
        if pageBreakBefore { pPr += "<w:pageBreakBefore/>" }
        if let list { pPr += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.numId)\"/></w:numPr>" }
        if spaceAfter != nil || spaceBefore != nil {
            pPr += "<w:spacing"
            if let spaceBefore { pPr += " w:before=\"\(spaceBefore * 20)\"" }
            if let spaceAfter { pPr += " w:after=\"\(spaceAfter * 20)\"" }
            pPr += "/>"
        }
        if let indent { pPr += "<w:ind w:left=\"\(indent)\"/>" }
        if let alignment { pPr += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        let props = pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>"
        return "<w:p>\(props)\(runs.map(\.xml).joined())\(extra)</w:p>"
    }
}

/// Complex fields (PAGE, TOC, PAGEREF): begin, instruction, separate, cached result, end.
enum Field {
    /// The runs of a field with its instruction and the result shown until the field is updated.
    static func runs(_ instruction: String, cached: String, dirty: Bool = false) -> String {
        let dirtyAttribute = dirty ? " w:dirty=\"true\"" : ""
        return "<w:r><w:fldChar w:fldCharType=\"begin\"\(dirtyAttribute)/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> \(XMLText.escape(instruction)) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(cached))</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
