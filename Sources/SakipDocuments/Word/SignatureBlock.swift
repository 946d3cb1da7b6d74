/// A signature block: place and date, the position, room to sign, the name (and NIP).
struct Signer {
    /// Lines above the signature ("Kisaran, 9 Januari 2024", "PIHAK PERTAMA,", "Sekretaris …,").
    var lines: [String]
    var name: String
    var nip: String?
}

enum SignatureBlock {
    /// Two signers side by side (left may be empty), in a borderless table so the blocks stay aligned.
    static func xml(left: Signer?, right: Signer?) -> String {
        let half = WordTable.textWidth / 2
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TanpaGaris\"/><w:tblW w:w=\"\(WordTable.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
        out += "<w:tblGrid><w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(half)\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for signer in [left, right] {
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(half)\" w:type=\"dxa\"/></w:tcPr>"
            if let signer {
                for line in signer.lines { out += centered([Run(line)]) }
                for _ in 0..<3 { out += "<w:p/>" }
                out += centered([Run(signer.name, bold: true, underline: true)])
                if let nip = signer.nip { out += centered([Run("NIP. \(nip)")]) }
            } else {
                out += "<w:p/>"
            }
            out += "</w:tc>"
        }
        return out + "</w:tr></w:tbl><w:p/>"
    }

    private static func centered(_ runs: [Run]) -> String {
        var paragraph = Paragraph(runs, alignment: .center)
        paragraph.spaceAfter = 0
        return paragraph.xml
    }
}
