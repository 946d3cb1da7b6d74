import SakipCore

/// The follow-up of the issued LHE's recommendations: per recommendation its state and whether it is overdue,
/// the actions the office recorded with their verification; a form for the office to record an action and, for
/// the evaluator, to accept or reject each action not yet verified.
struct FollowUpPage: EvaluationScreen {
    var view: EvaluationView
    var problem: String?

    var title: String { "Tindak lanjut LHE \(view.grant.office.name) \(view.year)" }

    func body(csrf: String) -> Node {
        let office = view.office, year = view.year, evaluation = view.evaluation
        let status = FollowUpStatus(evaluation.recommendations, on: .today)
        return .div(
            .h1(.text("Tindak lanjut rekomendasi LHE — \(view.grant.office.name) \(year)")),
            EvaluationTabs(office: office, year: year, current: .followUp(office: office, year: year)).node(),
            EvaluationParts.problem(problem),
            .if(evaluation.state < .lheIssued, .p(.text("Tindak lanjut dicatat setelah LHE diterbitkan."))),
            .if(evaluation.state == .lheIssued, .group(
                .div(.class("summary"),
                     EvaluationParts.card("Rekomendasi selesai", "\(status.done) dari \(status.total)", status.isComplete ? "seluruhnya selesai" : "masih berjalan"),
                     EvaluationParts.card("Lewat target waktu", "\(status.overdue.count)",
                                          status.overdue.isEmpty ? "tidak ada" : status.overdue.map(\.id).joined(separator: ", "))),
                RecommendationTable(recommendations: evaluation.recommendations, version: view.lke).node(),
                .forEach(evaluation.recommendations) { recommendation($0, csrf: csrf) }
            ))
        )
    }

    private func recommendation(_ recommendation: Recommendation, csrf: String) -> Node {
        let office = view.office, year = view.year
        return .section(
            .class("indicator"), .id("tindak-lanjut-\(recommendation.id)"),
            .h2(.text("\(recommendation.id). \(recommendation.text)")),
            .p(.class("hint"), .text("Penanggung jawab: \(recommendation.personInCharge) · target \(IndonesianDate.format(recommendation.targetDate)) · \(recommendation.state.label)"),
               .if(recommendation.isOverdue(on: .today), .strong(.class("overdue-flag"), .text(" · Melewati target")))),
            .if(recommendation.actions.isEmpty, .p(.class("hint"), .text("Belum ada tindak lanjut yang dicatat."))),
            .forEach(recommendation.actions) { action in
                .div(.class("comment"), .id("tindakan-\(recommendation.id)-\(action.id)"),
                     .p(.strong(.text("\(action.id) · \(IndonesianDate.format(action.date))")),
                        .text(" — \(action.description)\(action.completes ? " (dinyatakan menuntaskan rekomendasi)" : "")")),
                     .if(!action.evidence.isEmpty, .ul(.class("hint"), .forEach(action.evidence) { .li(.text($0.label)) })),
                     .p(.class("hint"), .text("Dicatat \(action.recordedBy ?? "-")")),
                     .unwrap(action.verification, { verification in
                         .p(.class("verification"), .strong(.text(verification.verdict.label)),
                            .text(" oleh \(verification.by), \(IndonesianDate.format(verification.on))\(verification.note.map { " — \($0)" } ?? "")"))
                     }, else: .if(view.may(.verifyFollowUp), verifyForm(recommendation, action, csrf: csrf),
                                  else: .p(.class("hint"), .text("Menunggu verifikasi evaluator.")))))
            },
            .if(view.may(.recordFollowUp), .form(
                .class("follow-up"), .action(SiteURL.followUp(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .input(.type(.hidden), .name("recommendation"), .value(recommendation.id)),
                .label(.for("tl-date-\(recommendation.id)"), .text("Tanggal tindak lanjut")),
                .input(.type(.text), .id("tl-date-\(recommendation.id)"), .name("date"), .value(IndonesianDate.format(.today))),
                .label(.for("tl-text-\(recommendation.id)"), .text("Uraian tindak lanjut")),
                .textarea(.id("tl-text-\(recommendation.id)"), .name("description")),
                .label(.for("tl-evidence-\(recommendation.id)"), .text("Bukti (satu per baris; tautan diawali https://)")),
                .textarea(.id("tl-evidence-\(recommendation.id)"), .name("evidence")),
                .label(.class("flag"), .input(.type(.checkbox), .id("tl-completes-\(recommendation.id)"), .name("completes"), .value("ya")),
                       .text(" Tindakan ini menuntaskan rekomendasi")),
                .button(.type(.submit), .text("Catat tindak lanjut \(recommendation.id)"))))
        )
    }

    private func verifyForm(_ recommendation: Recommendation, _ action: FollowUpAction, csrf: String) -> Node {
        let key = "\(recommendation.id)-\(action.id)"
        return .form(
            .class("verify"), .action(SiteURL.verifyFollowUp(office: view.office, year: view.year).path), .method(.post), Layout.csrfField(csrf),
            .input(.type(.hidden), .name("recommendation"), .value(recommendation.id)),
            .input(.type(.hidden), .name("action"), .value(action.id)),
            .label(.for("verdict-\(key)"), .text("Hasil verifikasi")),
            .select(.id("verdict-\(key)"), .name("verdict"),
                    .forEach(FollowUpVerification.Verdict.allCases) { .option(value: $0.rawValue, text: $0.label) }),
            .label(.for("verify-note-\(key)"), .text("Catatan (wajib bila ditolak)")),
            .textarea(.id("verify-note-\(key)"), .name("note")),
            .button(.type(.submit), .id("verify-\(key)"), .text("Simpan verifikasi \(action.id)"))
        )
    }
}
