import Foundation
import SakipCore

/// BAB III.A Capaian Kinerja: method, category scale, measurement per sasaran, analysis per indicator (with the
/// election and logistics tables of the sasaran they serve), comparison with earlier years and with the Renstra's
/// final target, chart of capaian.
enum LKjChapter3Measurement {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("BAB III AKUNTABILITAS KINERJA", level: 1, newPage: true)
        document.text("Akuntabilitas kinerja \(context.office) menyajikan capaian setiap sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun \(context.year). Pengukuran dilakukan dengan membandingkan realisasi setiap indikator dengan targetnya.")
        document.heading("A. Capaian Kinerja Organisasi", level: 2)
        method(&document, &context)
        overview(&document, &context)
        perObjective(&document, &context)
        yearComparison(&document, &context)
    }

    private static func method(_ document: inout WordDocument, _ context: inout LKjContext) {
        let bands = context.result.settings.categories.bands
        let rows = bands.enumerated().map { index, band in
            ReportTable.Row([.text("\(index + 1)"), .text(band.rangeText), .text(band.label), .text(band.description ?? "-")])
        }
        let scale = context.table("3", "Klasifikasi Ukuran Capaian Kinerja",
                                  columns: [.init("No", width: 4), .init("Rentang Capaian (%)", width: 12), .init("Kategori", width: 12), .init("Keterangan", width: 32)],
                                  rows: rows)
        let formula = context.result.settings.lowerIsBetterFormula == .mirror
            ? "(2 × target − realisasi) / target × 100, paling rendah 0"
            : "target / realisasi × 100"
        document.text("Capaian indikator dengan arah semakin tinggi semakin baik dihitung sebagai realisasi / target × 100; indikator dengan arah semakin rendah semakin baik dihitung sebagai \(formula); indikator berupa nilai (AA, A, BB, B …; WTP …) dibandingkan menurut peringkatnya. \(context.result.averagingNote) Kategori capaian mengikuti \(scale.label).")
        document.table(scale)
    }

    private static func overview(_ document: inout WordDocument, _ context: inout LKjContext) {
        var rows: [ReportTable.Row] = []
        var number = 0
        for objective in context.result.objectives {
            rows.append(ReportTable.Row([.text(objective.objective.statement)], kind: .group))
            for row in objective.rows {
                number += 1
                rows.append(measurementRow(number, row, context))
            }
            rows.append(ReportTable.Row([.empty, .text("Rata-rata capaian sasaran"), .empty, .empty,
                                         .percent(objective.mean), .text(objective.category ?? "-")], kind: .total))
        }
        rows.append(ReportTable.Row([.empty, .text("Rata-rata capaian kinerja \(context.office)"), .empty, .empty,
                                     .percent(context.result.officeMean), .text(context.result.officeCategory ?? "-")], kind: .total))
        let table = context.table("3", "Pengukuran Kinerja \(context.office) Tahun \(context.year)", columns: measurementColumns, rows: rows)
        document.text("Hasil pengukuran seluruh indikator Perjanjian Kinerja disajikan pada \(table.label). \(LKjSentences.officeCapaian(context)) \(LKjSentences.indicatorCounts(context))")
        document.table(table)
        provenanceNotes(&document, context)
        let measured = context.result.rows.filter { $0.achievement.percent != nil }
        if !measured.isEmpty {
            let chart = ChartSpec(title: "Capaian Kinerja per Indikator Tahun \(context.year) (%)", kind: .horizontalBar,
                                  categories: measured.map { shortLabel($0.indicator.statement) },
                                  series: [.init(name: "Capaian (%)", values: measured.map { $0.achievement.percent?.roundedHalfUp(scale: 2) })],
                                  numberFormat: "#,##0.00",
                                  height: min(9_000_000, 900_000 + measured.count * 330_000))
            document.chart(chart, caption: "Grafik Capaian Kinerja per Indikator Tahun \(context.year)")
        }
    }

    /// Under the measurement table, where each bound indicator's realisation comes from: the reader sees that
    /// the figure was computed from the election or logistics data, not typed.
    private static func provenanceNotes(_ document: inout WordDocument, _ context: LKjContext) {
        let notes = context.result.rows.compactMap { row in
            context.data.boundRealisation(for: row.indicator.id).map { LKjSentences.provenanceNote(row.indicator, $0) }
        }
        guard !notes.isEmpty else { return }
        document.text([Run("Catatan: ", bold: true), Run(notes.joined(separator: " "))])
    }

    private static func perObjective(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("B. Analisis Capaian Kinerja per Sasaran", level: 2)
        let placement = LKjElectionPlacement(context.data, context.result)
        for (index, objective) in context.result.objectives.enumerated() {
            document.heading("Sasaran \(index + 1): \(objective.objective.statement)", level: 3)
            let rows = objective.rows.enumerated().map { measurementRow($0.offset + 1, $0.element, context) }
            let table = context.table("3", "Capaian Sasaran “\(objective.objective.statement)”", columns: measurementColumns, rows: rows)
            let mean = objective.mean.map { "sebesar \(IndonesianFormat.percent($0))" + (objective.category.map { " (\($0))" } ?? "") } ?? "belum dapat dihitung"
            document.text("Sasaran ini diukur dengan \(objective.rows.count) indikator sebagaimana \(table.label); rata-rata capaiannya \(mean).")
            document.table(table)
            for row in objective.rows { indicatorAnalysis(&document, context, row) }
            for event in placement.events(servedBy: index) {
                LKjElectionTables.write(&document, &context, event, headingLevel: nil)
            }
            if placement.logisticsServed(by: index), let logistics = placement.logistics {
                LKjLogisticsTables.write(&document, &context, logistics, headingLevel: nil)
            }
        }
        // Data no binding ties to a sasaran still belongs in the report: sub-sections of their own, after the sasaran.
        for event in placement.unplacedEvents {
            LKjElectionTables.write(&document, &context, event, headingLevel: 3)
        }
        if let logistics = placement.unplacedLogistics {
            LKjLogisticsTables.write(&document, &context, logistics, headingLevel: 3)
        }
    }

    private static func indicatorAnalysis(_ document: inout WordDocument, _ context: LKjContext, _ row: IndicatorAchievement) {
        document.add(Paragraph([Run("Indikator: \(row.indicator.statement)", bold: true)], alignment: .left))
        document.text(LKjSentences.indicator(row, context))
        if let bound = context.data.boundRealisation(for: row.indicator.id) { document.text(LKjSentences.provenance(bound)) }
        if let compared = context.comparison.rows.first(where: { $0.indicator.id == row.indicator.id }),
           let sentence = LKjSentences.comparison(compared, years: context.comparison.years, finalYear: context.comparison.finalYear) {
            document.text(sentence)
        }
        guard let analysis = context.data.analyses.first(where: { $0.indicatorId == row.indicator.id }) else { return }
        for (label, text) in [("Upaya yang dilakukan", analysis.actions), ("Kendala", analysis.obstacles), ("Solusi", analysis.solutions)] {
            guard let text, !text.isEmpty else { continue }
            document.text([Run("\(label): ", bold: true), Run(text)])
        }
    }

    private static func yearComparison(_ document: inout WordDocument, _ context: inout LKjContext) {
        let comparison = context.comparison
        guard !comparison.rows.isEmpty else { return }
        document.heading("C. Perbandingan dengan Tahun Sebelumnya dan Target Jangka Menengah", level: 2)
        let finalYear = comparison.finalYear.map { "\($0)" } ?? "akhir"
        var columns: [ReportTable.Column] = [.init("No", width: 4), .init("Indikator Kinerja", width: 26)]
        columns += comparison.years.map { .init("Capaian \($0)", width: 8) }
        columns += [.init("Capaian \(comparison.currentYear)", width: 8), .init("Target Renstra \(finalYear)", width: 8),
                    .init("Capaian thd Target Renstra", width: 9)]
        let rows = comparison.rows.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.indicator.statement)]
                            + comparison.years.map { achievementCell(row.earlier[$0]) }
                            + [achievementCell(row.current.achievement), .text(row.finalTarget?.description ?? "-"),
                               achievementCell(row.againstFinalTarget)])
        }
        let table = context.table("3", "Perbandingan Capaian Kinerja dengan Tahun Sebelumnya dan Target Akhir Renstra", columns: columns, rows: rows)
        document.text("\(table.label) membandingkan capaian Tahun \(comparison.currentYear) dengan capaian tahun-tahun sebelumnya dan dengan target tahun terakhir Renstra (\(finalYear)).")
        document.table(table)
    }

    static let measurementColumns: [ReportTable.Column] = [
        .init("No", width: 4), .init("Indikator Kinerja", width: 30), .init("Target", width: 9), .init("Realisasi", width: 9),
        .init("Capaian", width: 9), .init("Kategori", width: 11),
    ]

    private static func measurementRow(_ number: Int, _ row: IndicatorAchievement, _ context: LKjContext) -> ReportTable.Row {
        ReportTable.Row([.text("\(number)"), .text(row.indicator.statement), .text(row.target?.description ?? "-"),
                         .text(context.realisationText(row)), achievementCell(row.achievement), .text(row.category ?? "-")])
    }

    /// A capaian as a number, or the reason's short form ("N/A").
    static func achievementCell(_ achievement: Achievement?) -> ReportTable.Cell {
        guard let achievement else { return .text("-") }
        if let value = achievement.percent { return .percent(value) }
        return .text(achievement.display)
    }

    /// A chart label: the statement cut to fit beside a bar.
    private static func shortLabel(_ text: String) -> String {
        text.count <= 55 ? text : String(text.prefix(52)) + "…"
    }
}
