import Foundation
import SakipCore

/// II Hasil Evaluasi: the score and predikat with its interpretation, the table per component (weight, last year's
/// and this year's score), then per component its sub-component scores, narrative and numbered notes.
enum LHEResults {
    static func write(_ document: inout WordDocument, _ context: inout LHEContext) {
        document.heading("II. HASIL EVALUASI", level: 1, newPage: true)
        document.heading("A. Nilai Akuntabilitas Kinerja", level: 2)
        let table = scoreTable(&context)
        document.text("Hasil evaluasi atas implementasi SAKIP pada \(context.office) Tahun \(context.year) menunjukkan nilai \(context.scoreSentence), dengan rincian per komponen sebagaimana \(table.label).\(change(context))")
        document.table(table)
        if let band = context.card.predikat {
            document.text([Run("Interpretasi predikat \(band.predikat.code) (\(band.rangeText)): ", bold: true), Run(band.interpretation)])
        }
        if let summary = context.lhe.summary, !summary.isEmpty { document.text(summary) }
        for (index, component) in context.card.components.enumerated() {
            componentSection(&document, &context, component, letter: letters[min(index + 1, letters.count - 1)])
        }
    }

    private static let letters = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]

    /// "Tabel 2.1 Nilai Evaluasi AKIP per Komponen": the score table of the LHE.
    static func scoreTable(_ context: inout LHEContext) -> ReportTable {
        let previous = context.previous
        var rows = context.card.components.enumerated().map { index, component in
            ReportTable.Row([.text("\(index + 1)"), .text(component.component.title), LHEContext.weight(component.component.weight),
                             LHEContext.score(previous?.componentScores[component.component.id]), LHEContext.score(component.score)])
        }
        rows.append(ReportTable.Row([.empty, .text("Nilai Akuntabilitas Kinerja"), LHEContext.weight(100),
                                     LHEContext.score(previous?.total), LHEContext.score(context.card.total)], kind: .total))
        rows.append(ReportTable.Row([.empty, .text("Predikat"), .empty, .text(previous?.predikat?.code ?? "-"),
                                     .text(context.card.predikat?.predikat.code ?? "-")], kind: .total))
        let before = previous.map { "Nilai \($0.year)" } ?? "Nilai \(context.year - 1)"
        return context.table("2", "Nilai Evaluasi AKIP \(context.office) per Komponen",
                             columns: [.init("No", width: 4), .init("Komponen", width: 30), .init("Bobot", width: 8),
                                       .init(before, width: 10), .init("Nilai \(context.year)", width: 10)], rows: rows)
    }

    private static func change(_ context: LHEContext) -> String {
        guard let previous = context.previous, let before = previous.total else { return "" }
        let difference = context.card.total - before
        let direction = difference > 0 ? "naik" : (difference < 0 ? "turun" : "tetap")
        let amount = difference == 0 ? "" : " \(LKEScore.text(abs(difference))) poin"
        return " Dibandingkan Tahun \(previous.year) (\(LKEScore.text(before))), nilai \(direction)\(amount)."
    }

    private static func componentSection(_ document: inout WordDocument, _ context: inout LHEContext, _ component: ComponentScore, letter: String) {
        let title = component.component.title
        document.heading("\(letter). Evaluasi atas \(title) (bobot \(IndonesianFormat.plain(component.component.weight)) %)", level: 2)
        let share = component.component.weight == 0 ? 0 : component.score / component.component.weight * 100
        let rows = component.subComponents.map { score in
            let office = context.comparison.office.subComponent(score.subComponent.id)
            return ReportTable.Row([.text(score.subComponent.id), .text("\(score.subComponent.dimension.label): \(score.subComponent.title)"),
                                    LHEContext.weight(score.subComponent.weight), .text(office?.rating.code ?? "-"),
                                    .text(score.rating.code), LHEContext.score(score.score)])
        }
        let table = context.table("2", "Nilai Sub-komponen \(title)",
                                  columns: [.init("No", width: 5), .init("Sub-komponen", width: 30), .init("Bobot", width: 7),
                                            .init("Mandiri", width: 8), .init("Evaluasi", width: 8), .init("Nilai", width: 8)], rows: rows)
        document.text("Komponen \(title) memperoleh nilai \(LKEScore.text(component.score)) dari bobot \(IndonesianFormat.plain(component.component.weight)) (\(IndonesianFormat.percent(share))), dengan rincian sebagaimana \(table.label).")
        document.table(table)
        let notes = context.lhe.notes(for: component.component.id)
        if let narrative = notes?.narrative, !narrative.isEmpty { document.text(narrative) }
        for score in component.subComponents {
            guard let override = score.override else { continue }
            document.text("Nilai sub-komponen \(score.subComponent.id) ditetapkan \(override.rating.code) oleh evaluator (perhitungan dari kriteria: \(score.derived.rating.code)) dengan pertimbangan: \(override.justification)")
        }
        let items = notes?.notes.filter { !$0.isEmpty } ?? []
        if items.isEmpty {
            document.text("Catatan: tidak ada catatan perbaikan pada komponen ini.")
        } else {
            document.text("Catatan atas hal yang masih perlu diperbaiki:")
            document.numbered(items)
        }
    }
}
