import Foundation
import SakipCore

/// BAB II Perencanaan Kinerja: Renstra (visi, misi, tujuan, sasaran, yearly targets), arah kebijakan,
/// RKT and PK with the program budget known in January beside the final pagu.
enum LKjChapter2 {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("BAB II PERENCANAAN KINERJA", level: 1, newPage: true)
        renstra(&document, &context)
        annualPlan(&document, &context)
        agreement(&document, &context)
    }

    private static func renstra(_ document: inout WordDocument, _ context: inout LKjContext) {
        guard let renstra = context.data.renstra else {
            document.heading("A. Rencana Strategis", level: 2)
            document.text("Rencana Strategis belum diisi.")
            return
        }
        document.heading("A. Rencana Strategis \(renstra.startYear)–\(renstra.endYear)", level: 2)
        if let decree = renstra.decree { document.text("Rencana Strategis ditetapkan melalui \(decree).") }
        if let vision = renstra.vision {
            document.heading("1. Visi", level: 3)
            document.add(Paragraph([Run("“\(vision)”", bold: true, italic: true)], alignment: .center))
        }
        if !renstra.missions.isEmpty {
            document.heading("2. Misi", level: 3)
            document.numbered(renstra.missions)
        }
        if !renstra.goals.isEmpty {
            document.heading("3. Tujuan", level: 3)
            document.numbered(renstra.goals.map(\.statement))
        }
        if !context.data.objectives.isEmpty {
            document.heading("4. Sasaran Strategis", level: 3)
            document.numbered(context.data.objectives.map(\.statement))
        }
        if !renstra.targets.isEmpty {
            let years = Array(renstra.startYear...renstra.endYear)
            var rows: [ReportTable.Row] = []
            var lastObjective: String?
            for (index, series) in renstra.targets.enumerated() {
                let first = series.objectiveId != lastObjective
                lastObjective = series.objectiveId
                rows.append(ReportTable.Row([.text("\(index + 1)"), first ? .text(context.objectiveStatement(series.objectiveId)) : .empty,
                                             .text(context.data.indicator(series.indicatorId)?.statement ?? series.indicatorId)]
                                            + years.map { .text(series.byYear[$0]?.description ?? "-") }))
            }
            let table = context.table("2", "Sasaran, Indikator dan Target Kinerja Renstra \(renstra.startYear)–\(renstra.endYear)",
                                      columns: [.init("No", width: 3), .init("Sasaran Strategis", width: 16), .init("Indikator Kinerja", width: 20)]
                                        + years.map { .init("\($0)", width: 6) },
                                      rows: rows)
            document.text("Target kinerja setiap indikator untuk setiap tahun periode Renstra disajikan pada \(table.label).")
            document.table(table)
        }
        if !renstra.policies.isEmpty {
            document.heading("B. Arah Kebijakan dan Strategi", level: 2)
            document.bullets(renstra.policies)
        }
    }

    private static func annualPlan(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("C. Rencana Kinerja Tahunan \(context.year)", level: 2)
        guard let plan = context.data.annualPlan, !plan.rows.isEmpty else {
            document.text("Rencana Kinerja Tahunan belum diisi.")
            return
        }
        let targets = PlanTables.targets(plan.rows, in: context.data)
        let table = context.table("2", "Rencana Kinerja Tahunan \(context.office) Tahun \(context.year)", columns: targets.columns, rows: targets.rows)
        document.text("Rencana Kinerja Tahunan \(context.year) memuat \(plan.rows.count) indikator kinerja, sebagaimana \(table.label).")
        document.table(table)
        if !plan.programs.isEmpty {
            let programs = PlanTables.programs(plan.programs)
            let budget = context.table("2", "Anggaran Program dalam Rencana Kinerja Tahunan \(context.year)", columns: programs.columns, rows: programs.rows)
            document.table(budget)
        }
    }

    private static func agreement(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("D. Perjanjian Kinerja \(context.year)", level: 2)
        guard let pk = context.data.governingAgreement else {
            document.text("Perjanjian Kinerja belum diisi.")
            return
        }
        let targets = PlanTables.targets(pk.rows, in: context.data)
        let revision = pk.revision > 0 ? " (Revisi \(pk.revision))" : ""
        let signed = pk.signedOn.map { ", ditandatangani pada \(IndonesianDate.format($0))" } ?? ""
        let table = context.table("2", "Perjanjian Kinerja \(context.office) Tahun \(context.year)\(revision)", columns: targets.columns, rows: targets.rows)
        document.text("Perjanjian Kinerja Tahun \(context.year)\(revision)\(signed), memuat \(pk.rows.count) indikator kinerja sebagaimana \(table.label). Capaian kinerja pada BAB III diukur terhadap target dalam perjanjian ini.")
        document.table(table)

        let comparison = context.data.programBudgetComparison
        guard !comparison.isEmpty else { return }
        var rows = comparison.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.name), row.agreed.map { .money($0) } ?? .text("-"),
                             row.finalPagu.map { .money($0) } ?? .text("-"), row.difference.map { .money($0) } ?? .text("-")])
        }
        let agreed = comparison.compactMap(\.agreed).reduce(Decimal(0), +)
        let final = comparison.compactMap(\.finalPagu).reduce(Decimal(0), +)
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .money(agreed), .money(final), .money(final - agreed)], kind: .total))
        let budget = context.table("2", "Anggaran Program dalam Perjanjian Kinerja dan Pagu Akhir Tahun \(context.year)",
                                   columns: [.init("No", width: 4), .init("Program", width: 26), .init("Anggaran PK (Rp)", width: 14),
                                             .init("Pagu Akhir (Rp)", width: 14), .init("Selisih (Rp)", width: 14)],
                                   rows: rows)
        document.text("Anggaran program pada Perjanjian Kinerja adalah anggaran yang diketahui pada awal tahun sebesar \(IndonesianFormat.rupiah(agreed)); setelah revisi DIPA, pagu akhir menjadi \(IndonesianFormat.rupiah(final)), sebagaimana \(budget.label).")
        document.table(budget)
    }
}
