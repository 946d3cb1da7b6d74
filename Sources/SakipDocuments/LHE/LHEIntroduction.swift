import SakipCore

/// I Pendahuluan (legal basis, background, aims, scope, method, time) and the follow-up of last year's
/// recommendations.
enum LHEIntroduction {
    static let legalBasis = [
        "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;",
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah;",
    ]

    static func write(_ document: inout WordDocument, _ context: inout LHEContext) {
        document.title("LAPORAN HASIL EVALUASI", size: 14, spaceAfter: 0)
        document.title("AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", size: 14, spaceAfter: 0)
        document.title("\(context.office.uppercased()) TAHUN \(context.year)", size: 14, spaceAfter: 18)
        document.heading("I. PENDAHULUAN", level: 1)
        document.heading("A. Dasar Hukum", level: 2)
        document.numbered(legalBasis + context.lhe.legalBasis.map { $0.hasSuffix(";") || $0.hasSuffix(".") ? $0 : $0 + ";" })
        document.heading("B. Latar Belakang", level: 2)
        document.text("Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) merupakan bagian dari SAKIP untuk menilai sejauh mana perencanaan, pengukuran, pelaporan dan evaluasi internal kinerja telah dilaksanakan dan dimanfaatkan untuk mewujudkan pemerintahan yang berorientasi pada hasil. Evaluasi atas \(context.office) dilaksanakan atas kinerja Tahun \(context.year).")
        document.heading("C. Tujuan", level: 2)
        document.numbered([
            "Memperoleh informasi tentang implementasi SAKIP;",
            "Menilai tingkat implementasi SAKIP;",
            "Memberikan saran perbaikan untuk peningkatan implementasi SAKIP;",
            "Memonitor tindak lanjut rekomendasi hasil evaluasi periode sebelumnya.",
        ])
        document.heading("D. Ruang Lingkup", level: 2)
        scope(&document, &context)
        document.heading("E. Metodologi", level: 2)
        method(&document, &context)
        document.heading("F. Waktu Pelaksanaan", level: 2)
        document.text(time(context.lhe))
        previousFollowUp(&document, &context)
    }

    private static func scope(_ document: inout WordDocument, _ context: inout LHEContext) {
        var rows: [ReportTable.Row] = []
        for component in context.version.components {
            rows.append(ReportTable.Row([.text(component.id), .text(component.title), LHEContext.weight(component.weight)], kind: .total))
            for sub in component.subComponents {
                rows.append(ReportTable.Row([.text(sub.id), .text("\(sub.dimension.label): \(sub.title)"), LHEContext.weight(sub.weight)]))
            }
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), LHEContext.weight(context.version.components.reduce(0) { $0 + $1.weight })], kind: .total))
        let table = context.table("1", "Komponen dan Bobot Evaluasi AKIP",
                                  columns: [.init("No", width: 5), .init("Komponen / Sub-komponen", width: 40), .init("Bobot", width: 8)], rows: rows)
        document.text("Evaluasi mencakup \(context.version.components.count) komponen manajemen kinerja dengan \(context.version.subComponents.count) sub-komponen dan \(context.version.criteria.count) kriteria sebagaimana \(table.label), mengikuti \(context.version.title).")
        document.table(table)
    }

    private static func method(_ document: inout WordDocument, _ context: inout LHEContext) {
        document.text("Evaluasi dilakukan secara kualitatif dan kuantitatif melalui reviu dokumen (desk evaluation), klarifikasi dan wawancara atas penilaian mandiri \(context.office). Setiap sub-komponen diberi nilai menurut persentase kriteria yang terpenuhi; nilai sub-komponen = nilai huruf / 100 × bobot sub-komponen, dan nilai akhir adalah jumlah nilai seluruh sub-komponen.")
        let rows = LKERating.allCases.map { rating in
            ReportTable.Row([.text(rating.code), LHEContext.weight(rating.value), .text(rating.meaning(for: .kualitas))])
        }
        let table = context.table("1", "Nilai Sub-komponen", columns: [.init("Nilai", width: 6), .init("Angka", width: 6), .init("Keterangan", width: 42)], rows: rows)
        document.table(table)
    }

    private static func time(_ lhe: LHEContent) -> String {
        switch (lhe.fieldworkFrom, lhe.fieldworkTo) {
        case let (from?, to?): "Evaluasi dilaksanakan pada \(IndonesianDate.format(from)) sampai dengan \(IndonesianDate.format(to))."
        case let (from?, nil): "Evaluasi dilaksanakan mulai \(IndonesianDate.format(from))."
        default: "Evaluasi dilaksanakan sebelum tanggal laporan ini" + (lhe.date.map { " (\(IndonesianDate.format($0)))" } ?? "") + "."
        }
    }

    private static func previousFollowUp(_ document: inout WordDocument, _ context: inout LHEContext) {
        guard let previous = context.previous, !previous.recommendations.isEmpty else { return }
        document.heading("G. Tindak Lanjut Hasil Evaluasi Tahun Sebelumnya", level: 2)
        let asOf = context.lhe.date ?? CalendarDate(year: context.year + 1, month: 12, day: 31) ?? previous.recommendations[0].targetDate
        let status = FollowUpStatus(previous.recommendations, on: asOf)
        let rows = previous.recommendations.enumerated().map { index, recommendation in
            ReportTable.Row([.text("\(index + 1)"), .text(recommendation.text), .text(recommendation.personInCharge),
                             .text(IndonesianDate.format(recommendation.targetDate)),
                             .text(recommendation.state.label + (recommendation.isOverdue(on: asOf) ? " (melewati batas waktu)" : ""))])
        }
        let table = context.table("1", "Tindak Lanjut Rekomendasi \(previous.lheLabel)",
                                  columns: [.init("No", width: 4), .init("Rekomendasi", width: 30), .init("Penanggung Jawab", width: 12),
                                            .init("Batas Waktu", width: 10), .init("Status", width: 12)], rows: rows)
        document.text("Dari \(status.total) rekomendasi \(previous.lheLabel), \(status.done) telah selesai ditindaklanjuti dan diverifikasi, sebagaimana \(table.label).")
        document.table(table)
    }
}
