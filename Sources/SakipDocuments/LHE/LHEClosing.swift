import SakipCore

/// III Rekomendasi grouped per component, IV Penutup, the signature and the copies (tembusan).
enum LHEClosing {
    static func write(_ document: inout WordDocument, _ context: LHEContext) {
        document.heading("III. REKOMENDASI", level: 1, newPage: true)
        let recommendations = context.evaluation.recommendations
        if recommendations.isEmpty {
            document.text("Tidak ada rekomendasi perbaikan atas hasil evaluasi ini.")
        } else {
            document.text("Berdasarkan hasil evaluasi tersebut, \(context.office) direkomendasikan untuk melaksanakan perbaikan berikut:")
            var letter = 0
            for component in context.version.components {
                let own = recommendations.filter { $0.componentId == component.id }
                guard !own.isEmpty else { continue }
                document.heading("\(String(UnicodeScalar(UInt8(65 + letter % 26)))). \(component.title)", level: 2)
                letter += 1
                document.numbered(own.map { "\($0.text) (penanggung jawab: \($0.personInCharge); batas waktu: \(IndonesianDate.format($0.targetDate)))" })
            }
        }
        document.heading("IV. PENUTUP", level: 1)
        document.text("Demikian hasil evaluasi atas implementasi SAKIP pada \(context.office) Tahun \(context.year). Kami menyampaikan penghargaan atas kerja sama yang baik selama evaluasi berlangsung.")
        if !recommendations.isEmpty {
            document.text("Rencana aksi tindak lanjut atas rekomendasi di atas agar dicatat di e-SAKIP beserta buktinya dan dilaksanakan sesuai batas waktu masing-masing rekomendasi, untuk diverifikasi oleh \(context.unit).")
        }
        document.emptyLines(1)
        document.raw(SignatureBlock.xml(left: nil, right: context.signer))
        let copies = context.lhe.copies.filter { !$0.isEmpty }
        if !copies.isEmpty {
            document.add(Paragraph("Tembusan:", alignment: .left))
            document.numbered(copies)
        }
    }
}
