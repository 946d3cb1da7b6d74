import SakipCore

/// Cover, Kata Pengantar, Ikhtisar Eksekutif and Daftar Isi.
enum LKjFrontMatter {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        cover(&document, context)
        foreword(&document, context)
        executiveSummary(&document, context)
        document.pageBreak()
        document.title("DAFTAR ISI", size: 14, spaceAfter: 12)
        document.tableOfContents()
    }

    private static func cover(_ document: inout WordDocument, _ context: LKjContext) {
        document.emptyLines(4)
        document.title("LAPORAN KINERJA", size: 24)
        document.title("(LKj)", size: 18, spaceAfter: 24)
        document.title(context.office.uppercased(), size: 18)
        document.title("TAHUN \(context.year)", size: 18, spaceAfter: 120)
        let office = context.data.office
        for line in [office.address, office.phone.map { "Telp. \($0)" }, office.email, office.website].compactMap({ $0 }) {
            document.add(Paragraph(line, alignment: .center))
        }
    }

    private static func foreword(_ document: inout WordDocument, _ context: LKjContext) {
        document.heading("KATA PENGANTAR", level: 1, newPage: true)
        document.text("Puji syukur kami panjatkan kehadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja \(context.office) Tahun \(context.year) dapat disusun sebagai wujud pelaksanaan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.")
        var second = "Laporan Kinerja ini disusun berdasarkan Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah"
        if let renstraYear = LKjSentences.renstraYear(context) { second += ", dan merupakan laporan \(renstraYear)" }
        document.text(second + ".")
        document.text("Laporan ini menyajikan capaian kinerja \(context.office) selama Tahun Anggaran \(context.year), yang diperbandingkan dengan Perjanjian Kinerja Tahun \(context.year) sebagai tolok ukur keberhasilan. \(LKjSentences.officeCapaian(context))")
        document.text("Semoga Laporan Kinerja ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun-tahun berikutnya.")
        document.emptyLines(1)
        document.raw(SignatureBlock.xml(left: nil, right: context.signer))
    }

    private static func executiveSummary(_ document: inout WordDocument, _ context: LKjContext) {
        document.heading("IKHTISAR EKSEKUTIF", level: 1, newPage: true)
        document.text("Laporan Kinerja \(context.office) Tahun \(context.year) merupakan pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun \(context.year) yang disusun berdasarkan Rencana Strategis dan Rencana Kinerja Tahunan.")
        document.text(LKjSentences.officeCapaian(context))
        document.text(LKjSentences.indicatorCounts(context))
        for objective in context.result.objectives {
            let mean = objective.mean.map { IndonesianFormat.percent($0) } ?? "tidak terukur"
            let category = objective.category.map { " (\($0))" } ?? ""
            document.bullets(["\(objective.objective.statement): \(mean)\(category)"])
        }
        document.text(LKjSentences.budget(context))
        if let efficiency = LKjSentences.efficiency(context) { document.text(efficiency) }
    }
}
