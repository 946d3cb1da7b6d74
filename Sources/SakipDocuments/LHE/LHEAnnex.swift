import Foundation
import SakipCore

/// Lampiran: the filled LKE, the office's answer beside the evaluator's for every criterion, the sub-component and
/// component scores of both, and the recap with the gap.
enum LHEAnnex {
    static func write(_ document: inout WordDocument, _ context: inout LHEContext) {
        document.heading("LAMPIRAN: LEMBAR KRITERIA EVALUASI", level: 1, newPage: true)
        document.text("\(context.version.title) \(context.office) Tahun \(context.year): penilaian mandiri kantor dan hasil evaluasi per kriteria dan per sub-komponen.")
        document.text([Run("Keterangan: ", bold: true), Run("M = terpenuhi sesuai mandat nasional; 1 = dipertahankan sekurang-kurangnya 1 tahun; 5 = dipertahankan sekurang-kurangnya 5 tahun. Nilai sub-komponen ditulis sebagai nilai huruf dan angka.")])
        for component in context.version.components { componentTable(&document, &context, component) }
        recap(&document, &context)
    }

    /// "Ada (M, 1)", "Tidak", "-".
    static func answerText(_ answer: CriterionAnswer?) -> String {
        guard let answer else { return "-" }
        let flags: [String]
        switch answer.level {
        case .keptFiveYears: flags = ["M", "1", "5"]
        case .keptOneYear: flags = ["M", "1"]
        case .mandate: flags = ["M"]
        default: flags = []
        }
        return flags.isEmpty ? answer.shortText : "\(answer.shortText) (\(flags.joined(separator: ", ")))"
    }

    private static func componentTable(_ document: inout WordDocument, _ context: inout LHEContext, _ component: LKEComponent) {
        let comparison = context.comparison
        var rows: [ReportTable.Row] = []
        for sub in component.subComponents {
            rows.append(ReportTable.Row([.text("\(sub.id) \(sub.dimension.label): \(sub.title) (bobot \(IndonesianFormat.plain(sub.weight)))")], kind: .group))
            for row in comparison.criteria where sub.criteria.contains(where: { $0.id == row.criterion.id }) {
                rows.append(ReportTable.Row([.text(row.criterion.id), .text(row.criterion.text), .text(answerText(row.office)),
                                             .text(answerText(row.evaluator)), .text(row.evaluator?.note ?? "")]))
            }
            if let scores = comparison.subComponents.first(where: { $0.subComponent.id == sub.id }) {
                rows.append(ReportTable.Row([.empty, .text("Nilai sub-komponen \(sub.id)"), .text(scoreText(scores.office)),
                                             .text(scoreText(scores.evaluator)), .text(scores.evaluator.override?.justification ?? "")], kind: .total))
            }
        }
        if let scores = comparison.components.first(where: { $0.component.id == component.id }) {
            rows.append(ReportTable.Row([.empty, .text("Nilai komponen \(component.title)"), LHEContext.score(scores.office),
                                         LHEContext.score(scores.evaluator), .empty], kind: .total))
        }
        let table = context.table("L", "LKE Komponen \(component.id) \(component.title) (bobot \(IndonesianFormat.plain(component.weight)))",
                                  columns: [.init("No", width: 6), .init("Kriteria", width: 34), .init("Mandiri", width: 9),
                                            .init("Evaluasi", width: 9), .init("Catatan Evaluator", width: 16)], rows: rows)
        document.table(table)
    }

    /// "BB · 4,80".
    private static func scoreText(_ score: SubComponentScore) -> String { "\(score.rating.code) · \(LKEScore.text(score.score))" }

    private static func recap(_ document: inout WordDocument, _ context: inout LHEContext) {
        let comparison = context.comparison
        var rows = comparison.components.enumerated().map { index, row in
            ReportTable.Row([.text("\(index + 1)"), .text(row.component.title), LHEContext.weight(row.component.weight),
                             LHEContext.score(row.office), LHEContext.score(row.evaluator), .text(LKEScore.change(row.gap))])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), LHEContext.weight(100), LHEContext.score(comparison.office.total),
                                     LHEContext.score(comparison.evaluator.total), .text(LKEScore.change(comparison.gap))], kind: .total))
        rows.append(ReportTable.Row([.empty, .text("Predikat"), .empty, .text(comparison.office.predikat?.predikat.code ?? "-"),
                                     .text(comparison.evaluator.predikat?.predikat.code ?? "-"), .empty], kind: .total))
        let table = context.table("L", "Rekapitulasi Penilaian Mandiri dan Hasil Evaluasi",
                                  columns: [.init("No", width: 4), .init("Komponen", width: 28), .init("Bobot", width: 7),
                                            .init("Mandiri", width: 9), .init("Evaluasi", width: 9), .init("Selisih", width: 8)], rows: rows)
        let differing = comparison.differingCriteria.count
        document.text("\(table.label) merangkum nilai penilaian mandiri dan hasil evaluasi; \(differing) kriteria dijawab berbeda oleh evaluator.")
        document.table(table)
    }
}
