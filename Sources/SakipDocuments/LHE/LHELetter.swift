import SakipCore

/// The covering letter: the unit's head, number, date, subject, addressee, and the result in one paragraph.
enum LHELetter {
    static func write(_ document: inout WordDocument, _ context: LHEContext) {
        let lhe = context.lhe
        document.title(context.unit.uppercased(), size: 13, spaceAfter: 12)
        let date = lhe.date.map(IndonesianDate.format) ?? "……"
        document.raw(fields([("Nomor", lhe.number ?? "……"), ("Tanggal", date), ("Lampiran", "1 (satu) berkas"),
                             ("Hal", "Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun \(context.year)")]))
        document.emptyLines(1)
        var to = Paragraph([Run("Yth. \(context.addressee)")], alignment: .left)
        to.spaceAfter = 0
        document.add(to)
        document.add(Paragraph("di tempat", alignment: .left))
        document.emptyLines(1)
        document.text("Berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, \(context.unit) telah melaksanakan evaluasi atas implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) pada \(context.office) Tahun \(context.year).")
        document.text("Hasil evaluasi menunjukkan bahwa \(context.office) memperoleh nilai \(context.scoreSentence). Uraian hasil evaluasi, catatan dan rekomendasi perbaikan kami sampaikan dalam Laporan Hasil Evaluasi terlampir.")
        document.text("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.")
        document.emptyLines(1)
        document.raw(SignatureBlock.xml(left: nil, right: context.signer))
        document.pageBreak()
    }

    /// The letter's labelled lines (Nomor, Tanggal …) in a borderless table, so the colons stay aligned.
    private static func fields(_ lines: [(label: String, value: String)]) -> String {
        let labelWidth = 1400
        let valueWidth = WordTable.textWidth - labelWidth
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TanpaGaris\"/><w:tblW w:w=\"\(WordTable.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
        out += "<w:tblGrid><w:gridCol w:w=\"\(labelWidth)\"/><w:gridCol w:w=\"\(valueWidth)\"/></w:tblGrid>"
        for line in lines {
            out += "<w:tr>"
            for (text, width) in [(line.label, labelWidth), (": \(line.value)", valueWidth)] {
                var paragraph = Paragraph(text, alignment: .left)
                paragraph.spaceAfter = 2
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(paragraph.xml)</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}
