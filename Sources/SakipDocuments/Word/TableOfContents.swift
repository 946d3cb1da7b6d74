/// The Daftar Isi: a real Word `TOC` field over heading levels 1–3.
///
/// Its cached result already lists every heading, each linked to the heading's bookmark with a
/// `PAGEREF` field for the page, so a reader that does not refresh fields (a PDF converter) still shows a
/// complete table; Word rebuilds it on opening (`w:updateFields`). LibreOffice shows the cached result
/// as it is, so the PDF path first lays the document out to find each heading's page (``TOCPages``).
enum TableOfContents {
    static func xml(_ headings: [WordDocument.Heading], pageNumbers: [String: Int] = [:]) -> String {
        var out = ""
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        guard !headings.isEmpty else {
            return "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>\(begin)<w:r><w:t>Perbarui bidang untuk menampilkan daftar isi.</w:t></w:r>\(end)</w:p>"
        }
        for (index, heading) in headings.enumerated() {
            let style = "TOC\(min(max(heading.level, 1), 3))"
            out += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
            if index == 0 { out += begin }
            out += "<w:hyperlink w:anchor=\"\(heading.bookmark)\" w:history=\"1\">"
            out += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(heading.text))</w:t></w:r><w:r><w:tab/></w:r>"
            out += Field.runs("PAGEREF \(heading.bookmark) \\h", cached: pageNumbers[heading.bookmark].map(String.init) ?? "")
            out += "</w:hyperlink>"
            if index == headings.count - 1 { out += end }
            out += "</w:p>"
        }
        return out
    }
}
