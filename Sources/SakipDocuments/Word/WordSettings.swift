/// `word/settings.xml`. `w:updateFields` makes Word (and LibreOffice) refresh the table of contents
/// and page references when the document is opened, since page numbers are only known after layout.
enum WordSettings {
    static let xml: String = XMLText.declaration
        + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"id-ID\"/><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>"
}

/// `word/footer1.xml`: the page number, centred.
enum WordFooter {
    /// The page number, and under it `note` in small print when there is one.
    static func xml(note: String?) -> String {
        var out = XMLText.declaration
        out += "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        out += Field.runs("PAGE", cached: "1") + "</w:p>"
        if let note { out += Paragraph([Run(note, size: 7)], style: "Footer").xml }
        return out + "</w:ftr>"
    }
}

/// `word/numbering.xml`: one bullet list (numId 1) and one numbered list per use (numId 2 …), each
/// restarting at 1.
enum WordNumbering {
    static func xml(orderedLists: Int) -> String {
        var out = XMLText.declaration
        out += "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        out += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
        out += "<w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
        out += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
        out += "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
        out += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        if orderedLists > 0 {
            for index in 1...orderedLists {
                out += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            }
        }
        return out + "</w:numbering>"
    }
}

/// `docProps/core.xml` and `docProps/app.xml`, without timestamps so the bytes depend on the data only.
enum DocumentProperties {
    static func core(title: String, author: String) -> String {
        XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>\(XMLText.escape(author))</dc:creator>"
            + "<dc:language>id-ID</dc:language></cp:coreProperties>"
    }

    static let app: String = XMLText.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>e-SAKIP KPU</Application></Properties>"
}
