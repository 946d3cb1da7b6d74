import Foundation
import SakipCore

/// The summary of one office's evaluation: where it stands, the scores the user may see, the next step for the
/// user's part, the follow-up, the history and (for the evaluator) the audit trail. Before it starts: the way
/// to start it.
struct EvaluationPage: EvaluationScreen {
    var officeName: String
    var office: String
    var year: Int
    var role: EvaluationRole
    /// Nil before the evaluation starts.
    var view: EvaluationView?
    /// The version a new evaluation would use (shown before it starts).
    var nextVersion: LKEVersion?
    /// Whether the office-year's data exist (an evaluation starts from them).
    var hasData: Bool
    var trail: [AuditEntryModel] = []
    var problem: String?

    var title: String { "Evaluasi SAKIP \(officeName) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Evaluasi SAKIP — \(officeName) \(year)")),
            EvaluationTabs(office: office, year: year, current: .evaluation(office: office, year: year)).node(),
            EvaluationParts.problem(problem),
            .unwrap(view, { started($0, csrf: csrf) }, else: notStarted(csrf: csrf))
        )
    }

    private func notStarted(csrf: String) -> Node {
        let mayStart = EvaluationPolicy.allows(role, .editSelfAssessment, in: .officeDrafting)
        return .group(
            .p(.text("Evaluasi SAKIP tahun kinerja \(year) untuk kantor ini belum dimulai.")),
            .unwrap(nextVersion, { version in
                .p(.class("hint"), .text("Evaluasi akan memakai \(version.title) (\(version.criteria.count) kriteria dalam \(version.subComponents.count) sub-komponen)."))
            }, else: .p(.class("error"), .text("Belum ada LKE yang berlaku untuk tahun kinerja \(year). KPU RI perlu memuat LKE untuk tahun ini."))),
            .if(mayStart && !hasData, .p(.class("hint"), .text("Data kinerja tahun \(year) belum ada: mulai tahunnya dari daftar kantor agar jawaban dapat disarankan dari data."))),
            .if(mayStart && nextVersion != nil && hasData, .form(
                .action(SiteURL.startEvaluation(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .p(.class("hint"), .text("Jawaban yang dapat ditentukan dari data e-SAKIP (PK, Renstra, realisasi, LKj, DIPA) diisikan sebagai saran; kantor dapat mengubahnya sampai penilaian mandiri diajukan.")),
                .button(.type(.submit), .id("start-evaluation"), .text("Mulai penilaian mandiri"))
            )),
            .if(!mayStart, .p(.class("hint"), .text("Kantor yang dievaluasi memulai evaluasinya sendiri.")))
        )
    }

    private func started(_ view: EvaluationView, csrf: String) -> Node {
        let evaluation = view.evaluation
        let state = evaluation.state
        let seesSelf = EvaluationPolicy.seesSelfAssessment(role, in: state)
        let closed = EvaluationPolicy.seesScoring(role, in: state) ? evaluation.closedScorecard(view.lke) : nil
        let followUp = FollowUpStatus(evaluation.recommendations, on: .today)
        return .group(
            .div(.class("summary"),
                 EvaluationParts.card("Tahap", state.label, "Peran Anda: \(role.label)"),
                 EvaluationParts.card("Nilai penilaian mandiri", seesSelf ? LKEScore.text(evaluation.selfScorecard(view.lke).total) : "-",
                                      seesSelf ? "\(evaluation.selfAssessment.unanswered(in: view.lke).count) kriteria belum dijawab" : "terlihat setelah diajukan"),
                 EvaluationParts.card("Nilai evaluator", closed.map { LKEScore.text($0.total) } ?? "-",
                                      closed?.predikat.map { "Predikat \($0.predikat.code) (\($0.name))" } ?? "belum final"),
                 EvaluationParts.card("Rekomendasi", "\(followUp.done) dari \(followUp.total) selesai",
                                      followUp.overdue.isEmpty ? "tidak ada yang melewati target" : "\(followUp.overdue.count) melewati target waktu")),
            .p(.class("hint"), .text("LKE: \(view.lke.title) · sidik \(evaluation.lke.digest.prefix(12)) · versi data \(view.stored.version), terakhir diubah \(view.stored.updatedByName) \(WIB.moment(view.stored.updatedAt)).")),
            .h2(.text("Langkah berikutnya")),
            .p(.text(nextStep(state))),
            .h2(.text("Riwayat")),
            .if(evaluation.history.isEmpty, .p(.class("hint"), .text("Belum ada langkah yang tercatat."))),
            .if(!evaluation.history.isEmpty, .table(
                .thead(.tr(.th(.text("Tanggal")), .th(.text("Langkah")), .th(.text("Oleh")), .th(.text("Catatan")))),
                .tbody(.forEach(evaluation.history) { event in
                    .tr(.td(.text(IndonesianDate.format(event.on))), .td(.text(event.action.label)),
                        .td(.text("\(event.by) (\(event.role.label))")), .td(.text(event.note ?? "")))
                }))),
            .if(!trail.isEmpty, .group(
                .h2(.text("Jejak perubahan")),
                .table(.class("sheet"),
                       .thead(.tr(.th(.text("Waktu")), .th(.text("Pengguna")), .th(.text("Isian")), .th(.text("Sebelum")), .th(.text("Sesudah")))),
                       .tbody(.forEach(trail) { entry in
                           .tr(.td(.text(WIB.moment(entry.at))), .td(.text(entry.userName)),
                               .td(.text(EvaluationTrailText.field(entry.field)), .text(" "), .small(.class("code"), .text(entry.field))),
                               .td(.text(EvaluationTrailText.value(entry.field, entry.before))),
                               .td(.text(EvaluationTrailText.value(entry.field, entry.after))))
                       }))))
        )
    }

    /// What the user's part does next, in one sentence.
    private func nextStep(_ state: EvaluationState) -> String {
        switch (role, state) {
        case (.officeOperator, .officeDrafting): "Lengkapi penilaian mandiri; pimpinan kantor mengajukannya ke evaluator."
        case (.officeLeader, .officeDrafting): "Periksa penilaian mandiri lalu ajukan ke evaluator."
        case (.evaluator, .officeDrafting): "Menunggu kantor mengajukan penilaian mandiri."
        case (.evaluator, .submitted): "Nilai kriteria demi kriteria di halaman Penilaian evaluator, beri catatan pada peringatan, lalu selesaikan penilaian."
        case (.evaluator, .scored): "Lengkapi data LHE dan rekomendasi, lalu terbitkan LHE."
        case (.evaluator, .lheIssued): "Verifikasi tindak lanjut yang dicatat kantor."
        case (.officeOperator, .lheIssued), (.officeLeader, .lheIssued): "Catat tindak lanjut atas setiap rekomendasi LHE."
        case (_, .submitted), (_, .scored): "Penilaian mandiri telah diajukan; evaluator sedang menilai."
        default: state.label
        }
    }
}
