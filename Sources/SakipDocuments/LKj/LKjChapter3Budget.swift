import Foundation
import SakipCore

/// BAB III.D Realisasi Anggaran: by program, kegiatan and output; DIPA revisions; regional grants;
/// the yearly history; charts of absorption and of pagu and realisasi over the years.
enum LKjChapter3Budget {
    static let moneyColumns: [ReportTable.Column] = [
        .init("No", width: 4), .init("Kode", width: 10), .init("Uraian", width: 17), .init("Pagu (Rp)", width: 16),
        .init("Realisasi (Rp)", width: 16), .init("Sisa (Rp)", width: 13), .init("%", width: 9),
    ]

    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("D. Realisasi Anggaran", level: 2)
        let tree = context.data.budget.tree
        guard !tree.lines.isEmpty else {
            document.text("Data pagu dan realisasi anggaran belum diisi.")
            return
        }
        let programs = levelTable(&context, tree, .program, "Realisasi Anggaran per Program Tahun \(context.year)")
        let kegiatan = levelTable(&context, tree, .kegiatan, "Realisasi Anggaran per Kegiatan Tahun \(context.year)")
        let outputs = levelTable(&context, tree, .ro, "Realisasi Anggaran per Rincian Output Tahun \(context.year)")
        document.text("\(LKjSentences.budget(context)) Rincian realisasi per program disajikan pada \(programs.label), per kegiatan pada \(kegiatan.label) dan per rincian output pada \(outputs.label).")
        document.table(programs)
        absorptionChart(&document, context, tree)
        document.table(kegiatan)
        document.table(outputs)
        if let efficiency = LKjSentences.efficiency(context) { document.text(efficiency) }
        revisions(&document, &context)
        grants(&document, &context)
        history(&document, &context)
    }

    private static func levelTable(_ context: inout LKjContext, _ tree: BudgetTree, _ level: BudgetCode.Level, _ title: String) -> ReportTable {
        var rows = tree.totals(at: level).enumerated().map { index, line in
            // An output code (QGE.001) repeats under several kegiatan: name the kegiatan too.
            let code = level == .ro ? [line.code.kegiatan, line.code.kro, line.code.ro].compactMap { $0 }.joined(separator: ".") : line.code.short
            return moneyRow("\(index + 1)", code, line.name, line.figures)
        }
        rows.append(moneyRow("", "", "Jumlah", tree.total, kind: .total))
        return context.table("3", title, columns: moneyColumns, rows: rows)
    }

    static func moneyRow(_ number: String, _ code: String, _ name: String, _ figures: BudgetFigures,
                         kind: ReportTable.Row.Kind = .normal) -> ReportTable.Row {
        ReportTable.Row([.text(number), .text(code), .text(name), .money(figures.pagu), .money(figures.realisasi),
                         .money(figures.sisa), .percent(figures.persen)], kind: kind)
    }

    private static func absorptionChart(_ document: inout WordDocument, _ context: LKjContext, _ tree: BudgetTree) {
        let programs = tree.totals(at: .program)
        guard !programs.isEmpty else { return }
        let chart = ChartSpec(title: "Penyerapan Anggaran per Program Tahun \(context.year) (%)", kind: .bar,
                              categories: programs.map { $0.name },
                              series: [.init(name: "Penyerapan (%)", values: programs.map { $0.figures.persen?.roundedHalfUp(scale: 2) })],
                              numberFormat: "#,##0.00")
        document.chart(chart, caption: "Grafik Penyerapan Anggaran per Program Tahun \(context.year)")
    }

    private static func revisions(_ document: inout WordDocument, _ context: inout LKjContext) {
        let revisions = context.data.budget.revisions.sorted { $0.number < $1.number }
        guard !revisions.isEmpty else { return }
        let rows = revisions.enumerated().map { index, revision in
            ReportTable.Row([.text("\(index + 1)"), .text(revision.name), .text(revision.reference ?? "-"),
                             .text(IndonesianDate.format(revision.date)), revision.total.map { .money($0) } ?? .text("-")])
        }
        let table = context.table("3", "Revisi DIPA Tahun \(context.year)",
                                  columns: [.init("No", width: 4), .init("Revisi", width: 12), .init("Nomor / Keterangan", width: 24),
                                            .init("Tanggal", width: 14), .init("Pagu (Rp)", width: 16)],
                                  rows: rows)
        document.text("Selama Tahun \(context.year), DIPA \(context.office) mengalami \(revisions.revisionCount) kali revisi, sebagaimana \(table.label).")
        document.table(table)
    }

    private static func grants(_ document: inout WordDocument, _ context: inout LKjContext) {
        let grants = context.data.budget.grants
        guard !grants.isEmpty else { return }
        var rows: [ReportTable.Row] = []
        for (index, grant) in grants.enumerated() {
            rows.append(ReportTable.Row([.text("\(index + 1)"), .text(grant.name), .text(grant.agreement ?? "-"), .money(grant.total),
                                         grant.realisasi.map { .money($0) } ?? .text("-"), .percent(grant.figures?.persen)]))
        }
        let table = context.table("3", "Dana Hibah Pemilihan",
                                  columns: [.init("No", width: 4), .init("Hibah", width: 22), .init("NPHD", width: 16), .init("Nilai (Rp)", width: 13),
                                            .init("Realisasi (Rp)", width: 13), .init("%", width: 7)],
                                  rows: rows)
        document.text("Selain APBN, penyelenggaraan Pemilihan didanai hibah daerah sebagaimana \(table.label).")
        document.table(table)
    }

    private static func history(_ document: inout WordDocument, _ context: inout LKjContext) {
        var years = context.data.budget.history.filter { $0.year < context.year }.sorted { $0.year < $1.year }
            .map { (year: $0.year, figures: $0.figures) }
        guard !years.isEmpty else { return }
        years.append((context.year, context.budgetTotal))
        let rows = years.map { item in
            ReportTable.Row([.text("\(item.year)"), .money(item.figures.pagu), .money(item.figures.realisasi),
                             .money(item.figures.sisa), .percent(item.figures.persen)])
        }
        let first = years.first!.year
        let table = context.table("3", "Pagu dan Realisasi Anggaran Tahun \(first)–\(context.year)",
                                  columns: [.init("Tahun", width: 8), .init("Pagu (Rp)", width: 16), .init("Realisasi (Rp)", width: 16),
                                            .init("Sisa (Rp)", width: 14), .init("%", width: 8)],
                                  rows: rows)
        let earlier = years.dropLast().compactMap { item in item.figures.persen.map { "\(IndonesianFormat.percent($0)) (\(item.year))" } }
        document.text("Sebagai gambaran perkembangan kinerja anggaran, \(table.label) menyajikan pagu dan realisasi Tahun \(first)–\(context.year). Persentase realisasi tahun-tahun sebelumnya: \(earlier.joined(separator: ", ")); Tahun \(context.year): \(context.budgetTotal.persen.map { IndonesianFormat.percent($0) } ?? "-").")
        document.table(table)
        let chart = ChartSpec(title: "Pagu dan Realisasi Anggaran \(first)–\(context.year) (Rp)", kind: .bar,
                              categories: years.map { "\($0.year)" },
                              series: [.init(name: "Pagu", values: years.map { $0.figures.pagu }),
                                       .init(name: "Realisasi", values: years.map { $0.figures.realisasi })],
                              numberFormat: "#,##0")
        document.chart(chart, caption: "Grafik Pagu dan Realisasi Anggaran Tahun \(first)–\(context.year)")
    }
}
