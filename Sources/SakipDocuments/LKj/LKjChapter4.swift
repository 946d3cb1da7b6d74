import SakipCore

/// BAB IV Penutup: conclusions stated from the figures, and the next steps the office wrote.
enum LKjChapter4 {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("BAB IV PENUTUP", level: 1, newPage: true)
        document.heading("A. Simpulan", level: 2)
        document.text("Laporan Kinerja \(context.office) Tahun \(context.year) merupakan wujud akuntabilitas atas pelaksanaan Perjanjian Kinerja Tahun \(context.year).")
        document.text(LKjSentences.officeCapaian(context))
        document.text(LKjSentences.indicatorCounts(context))
        let bands = context.result.settings.categories.bands
        let successIndex = bands.firstIndex { $0.contains(100) } ?? 0
        let lagging = context.result.rows.filter { row in
            guard let label = row.category, let index = bands.firstIndex(where: { $0.label == label }) else { return false }
            return index > successIndex
        }
        if !lagging.isEmpty {
            document.text("Indikator yang capaiannya masih di bawah kategori \(context.summary.successLabel):")
            document.bullets(lagging.map { "\($0.indicator.statement): \($0.achievement.display) (\($0.category ?? "-"))" })
        }
        document.text(LKjSentences.budget(context))
        document.heading("B. Langkah ke Depan", level: 2)
        let solutions = context.data.analyses.compactMap { analysis -> String? in
            guard let solution = analysis.solutions, !solution.isEmpty else { return nil }
            let name = context.data.indicator(analysis.indicatorId)?.statement ?? analysis.indicatorId
            return "\(name): \(solution)"
        }
        if solutions.isEmpty {
            document.text("\(context.office) akan meningkatkan koordinasi, pemantauan realisasi setiap triwulan dan evaluasi pelaksanaan kegiatan agar seluruh target kinerja tahun berikutnya tercapai.")
        } else {
            document.text("Langkah perbaikan yang direncanakan untuk tahun berikutnya:")
            document.bullets(solutions)
        }
        document.emptyLines(1)
        document.raw(SignatureBlock.xml(left: nil, right: context.signer))
    }
}
