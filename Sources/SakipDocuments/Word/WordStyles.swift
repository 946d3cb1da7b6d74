/// `word/styles.xml`: Arial body text, headings with outline levels (the table of contents reads them),
/// captions, table-of-contents levels and the report's table style.
enum WordStyles {
    private static func paragraphStyle(_ id: String, name: String, basedOn: String? = "Normal", next: String? = nil,
                                       pPr: String = "", rPr: String = "", extra: String = "") -> String {
        var out = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { out += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { out += "<w:next w:val=\"\(next)\"/>" }
        out += extra
        out += "<w:qFormat/>"
        if !pPr.isEmpty { out += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { out += "<w:rPr>\(rPr)</w:rPr>" }
        return out + "</w:style>"
    }

    private static let tocTab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(WordTable.textWidth)\"/></w:tabs>"

    static let xml: String = {
        var out = XMLText.declaration
        out += "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        out += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
        out += "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"id-ID\" w:eastAsia=\"id-ID\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        out += paragraphStyle("Heading1", name: "heading 1", next: "Normal",
                              pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                              rPr: "<w:b/><w:bCs/><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        out += paragraphStyle("Heading2", name: "heading 2", next: "Normal",
                              pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                              rPr: "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        out += paragraphStyle("Heading3", name: "heading 3", next: "Normal",
                              pPr: "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/>",
                              rPr: "<w:b/><w:bCs/><w:i/>")
        out += paragraphStyle("Caption", name: "caption", next: "Normal",
                              pPr: "<w:spacing w:before=\"120\" w:after=\"60\"/>", rPr: "<w:b/><w:bCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
        out += paragraphStyle("IsiTabel", name: "Isi Tabel", pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                              rPr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        out += paragraphStyle("TOCHeading", name: "TOC Heading", basedOn: "Normal", next: "Normal",
                              pPr: "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                              rPr: "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
        for level in 1...3 {
            out += paragraphStyle("TOC\(level)", name: "toc \(level)", next: "Normal",
                                  pPr: "\(tocTab)<w:spacing w:after=\"60\"/><w:ind w:left=\"\((level - 1) * 360)\"/>",
                                  rPr: level == 1 ? "<w:b/>" : "", extra: "<w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>")
        }
        out += paragraphStyle("Footer", name: "footer", pPr: "<w:jc w:val=\"center\"/>", rPr: "<w:sz w:val=\"18\"/>")
        out += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        out += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:color w:val=\"000000\"/></w:rPr></w:style>"
        out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
        out += "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        out += "<w:style w:type=\"table\" w:styleId=\"TabelLaporan\"><w:name w:val=\"Tabel Laporan\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>"
        out += "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
        out += "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        out += "<w:style w:type=\"table\" w:styleId=\"TanpaGaris\"><w:name w:val=\"Tanpa Garis\"/><w:basedOn w:val=\"TableNormal\"/></w:style>"
        return out + "</w:styles>"
    }()
}
