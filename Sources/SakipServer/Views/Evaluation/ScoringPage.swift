import Foundation
import SakipCore

/// The evaluator's scoring beside the office's self-assessment: per component the two scores and the gap;
/// per sub-component both ratings, the evaluator's override with its justification; per criterion the office's
/// answer and the evaluator's; the consistency warnings, each of which may be kept with a note.
struct ScoringPage: EvaluationScreen {
    var view: EvaluationView
    /// What the evaluator typed when it was refused.
    var typed: EvaluatorScoring?
    var problem: String?

    var title: String { "Penilaian evaluator \(view.grant.office.name) \(view.year)" }

    func body(csrf: String) -> Node {
        let office = view.office, year = view.year, state = view.evaluation.state
        let visible = EvaluationPolicy.seesScoring(view.role, in: state)
        return .div(
            .h1(.text("Penilaian evaluator — \(view.grant.office.name) \(year)")),
            EvaluationTabs(office: office, year: year, current: .scoring(office: office, year: year)).node(),
            EvaluationParts.problem(problem),
            .if(!visible, .p(.text("Penilaian evaluator dapat dilihat kantor setelah LHE terbit."))),
            .if(visible && state == .officeDrafting, .p(.text("Kantor belum mengajukan penilaian mandiri; penilaian evaluator dimulai setelah diajukan."))),
            .if(visible && state > .officeDrafting, content(csrf: csrf))
        )
    }

    private func content(csrf: String) -> Node {
        var evaluation = view.evaluation
        if let typed { evaluation.scoring = typed }
        let comparison = AssessmentComparison(evaluation, version: view.lke)
        let scoring = evaluation.scoring
        let warnings = ConsistencyCheck.warnings(view.lke, answers: scoring.answers, overrides: scoring.overrides, facts: view.facts)
        let editable = view.may(.editScoring)
        let office = view.office, year = view.year
        return .group(
            .div(.class("summary"),
                 EvaluationParts.card("Nilai penilaian mandiri", EvaluationParts.score(comparison.office), "jawaban kantor"),
                 EvaluationParts.card("Nilai evaluator", EvaluationParts.score(comparison.evaluator),
                                      evaluation.state >= .scored ? "penilaian selesai" : "sementara, belum diselesaikan"),
                 EvaluationParts.card("Selisih", LKEScore.change(comparison.gap), "evaluator − mandiri; \(comparison.differingCriteria.count) kriteria dijawab berbeda")),
            componentTable(comparison),
            .form(
                .class("lke"), .action(SiteURL.scoring(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .if(!warnings.isEmpty, warningSection(warnings, scoring, editable)),
                .forEach(view.lke.components) { component in
                    .section(.class("lke-component"),
                             .h2(.text("\(component.id). \(component.title) (bobot \(IndonesianFormat.plain(component.weight)))")),
                             .forEach(component.subComponents) { sub in subComponent(sub, comparison, scoring, editable) })
                },
                .if(editable, .button(.type(.submit), .id("save-scoring"), .text("Simpan penilaian evaluator")))
            ),
            actions(csrf: csrf)
        )
    }

    private func componentTable(_ comparison: AssessmentComparison) -> Node {
        .table(
            .caption(.text("Nilai per komponen")),
            .thead(.tr(.th(.text("Komponen")), .th(.text("Bobot")), .th(.text("Mandiri")), .th(.text("Evaluator")), .th(.text("Selisih")))),
            .tbody(
                .forEach(comparison.components) { row in
                    .tr(.td(.text("\(row.component.id). \(row.component.title)")), .td(.class("num"), .text(IndonesianFormat.plain(row.component.weight))),
                        .td(.class("num"), .text(LKEScore.text(row.office))), .td(.class("num"), .text(LKEScore.text(row.evaluator))),
                        .td(.class("num"), .text(LKEScore.change(row.gap))))
                },
                .tr(.class("mean"), .td(.text("Jumlah")), .td(.class("num"), .text("100")),
                    .td(.class("num"), .text(LKEScore.text(comparison.office.total))), .td(.class("num"), .id("evaluator-total"), .text(LKEScore.text(comparison.evaluator.total))),
                    .td(.class("num"), .text(LKEScore.change(comparison.gap))))
            )
        )
    }

    private func warningSection(_ warnings: [ConsistencyWarning], _ scoring: EvaluatorScoring, _ editable: Bool) -> Node {
        .section(.class("warnings"),
                 .h2(.text("Peringatan konsistensi")),
                 .p(.class("hint"), .text("Perbaiki jawabannya, atau tuliskan catatan mengapa penilaian tetap dipertahankan. Penilaian dapat diselesaikan setelah setiap peringatan diperbaiki atau diberi catatan.")),
                 .forEach(warnings) { warning in
                     let key = "\(warning.code.rawValue):\(warning.subject)"
                     let note = scoring.warningOverrides.first { $0.covers(warning) }?.note
                     return .div(.class("warning"),
                                 EvaluationParts.warnings([warning]) { _ in note != nil },
                                 .label(.for("warning-\(key)"), .text("Catatan evaluator untuk \(warning.subject)")),
                                 .textarea(.id("warning-\(key)"), .name("warning[\(key)]"), .text(note ?? ""),
                                           .if(!editable, .attribute(named: "disabled", value: "disabled"))))
                 })
    }

    private func subComponent(_ sub: LKESubComponent, _ comparison: AssessmentComparison, _ scoring: EvaluatorScoring, _ editable: Bool) -> Node {
        guard let row = comparison.subComponents.first(where: { $0.subComponent.id == sub.id }) else { return .empty }
        let override = scoring.override(sub.id)
        return .div(
            .class("lke-sub"), .id("sub-\(sub.id)"),
            .h3(.text("\(sub.id) \(sub.dimension.label) — \(sub.title) (bobot \(IndonesianFormat.plain(sub.weight)))")),
            .table(
                .thead(.tr(.th(.text("")), .th(.text("Nilai")), .th(.text("Skor")), .th(.text("Dasar")))),
                .tbody(
                    .tr(.td(.text("Mandiri")), .td(.text(EvaluationParts.rating(row.office.rating))),
                        .td(.class("num"), .text(LKEScore.text(row.office.score))), .td(.text(row.office.derived.reason))),
                    .tr(.td(.text("Evaluator")), .td(.id("rating-\(sub.id)"), .text(EvaluationParts.rating(row.evaluator.rating))),
                        .td(.class("num"), .text(LKEScore.text(row.evaluator.score))),
                        .td(.text(override.map { "Diubah evaluator (dari kriteria: \(row.evaluator.derived.rating.code)) — \($0.justification)" } ?? row.evaluator.derived.reason))),
                    .tr(.td(.text("Selisih")), .td(.text("")), .td(.class("num"), .text(LKEScore.change(row.gap))), .td(.text("")))
                )
            ),
            .div(.class("override"),
                 .label(.for("override-\(sub.id)"), .text("Nilai sub-komponen \(sub.id) oleh evaluator (kosongkan untuk memakai nilai dari kriteria)")),
                 EvaluationParts.ratingSelect(id: "override-\(sub.id)", name: "rating[\(sub.id)]", selected: override?.rating,
                                              empty: "— dari kriteria: \(row.evaluator.derived.rating.code) —", disabled: !editable),
                 .label(.for("justification-\(sub.id)"), .text("Alasan perubahan nilai (wajib bila nilai diubah)")),
                 .textarea(.id("justification-\(sub.id)"), .name("justification[\(sub.id)]"), .text(override?.justification ?? ""),
                           .if(!editable, .attribute(named: "disabled", value: "disabled")))),
            .table(
                .thead(.tr(.th(.text("Kriteria")), .th(.text("Jawaban kantor")), .th(.text("Jawaban evaluator")))),
                .tbody(.forEach(sub.criteria) { criterion in
                    let office = view.evaluation.selfAssessment[criterion.id]
                    let evaluator = scoring.answers[criterion.id]
                    return .tr(
                        .id("kriteria-\(criterion.id)"), .class(office?.met != evaluator?.met ? "differs" : ""),
                        .td(.strong(.text(criterion.id)), .text(" " + criterion.text), EvaluationParts.evidenceLinks(view, criterion.id)),
                        .td(EvaluationParts.answerText(office)),
                        .td(EvaluationParts.answerInputs(criterion, evaluator, prefix: "e", editable: editable))
                    )
                })
            )
        )
    }

    private func actions(csrf: String) -> Node {
        let office = view.office, year = view.year
        return .group(
            .if(view.may(.completeScoring), .form(
                .action(SiteURL.completeScoring(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .p(.class("hint"), .text("Menyelesaikan penilaian menetapkan nilai evaluator; setelah itu LHE dapat disusun dan diterbitkan.")),
                .button(.type(.submit), .id("complete-scoring"), .text("Selesaikan penilaian")))),
            .if(view.may(.returnToOffice), .form(
                .action(SiteURL.returnEvaluation(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .label(.for("return-note"), .text("Alasan pengembalian ke kantor")),
                .textarea(.id("return-note"), .name("note")),
                .button(.type(.submit), .text("Kembalikan penilaian mandiri ke kantor")))),
            .if(view.may(.reopenScoring), .form(
                .action(SiteURL.reopenScoring(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .label(.for("reopen-note"), .text("Alasan membuka kembali penilaian")),
                .textarea(.id("reopen-note"), .name("note")),
                .button(.type(.submit), .text("Buka kembali penilaian"))))
        )
    }
}
