/// A run of text with one formatting, the smallest unit of a Word paragraph.
struct Run {
    var text: String
    var bold = false
    var italic = false
    var underline = false
    /// Size in points; nil for the style's size.
    var size: Int?

    init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }

    var xml: String {
        var props = ""
        if bold { props += "<w:b/>" }
        if italic { props += "<w:i/>" }
        if underline { props += "<w:u w:val=\"single\"/>" }
        if let size { props += "<w:sz w:val=\"\(size * 2)\"/><w:szCs w:val=\"\(size * 2)\"/>" }
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        // Tabs and line breaks inside the text become their own elements, as Word writes them.
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "<w:r>\(rPr)<w:br/></w:r>" }
            for (tabIndex, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if tabIndex > 0 { out += "<w:r>\(rPr)<w:tab/></w:r>" }
                if !piece.isEmpty { out += "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t></w:r>" }
            }
        }
        return out
    }
}
