import SakipCore

/// The Laporan Hasil Evaluasi: the score the evaluator closed, the letter's data and the notes per component,
/// the recommendations (person in charge, target date, state), issuing it, and the DOCX/PDF download.
struct LHEPage: EvaluationScreen {
    var view: EvaluationView
    var pdfAvailable: Bool
    /// The LHE form as typed when it was refused (shown instead of the stored content).
    var form: LHEController.LHEForm?
    var problem: String?

    var title: String { "LHE \(view.grant.office.name) \(view.year)" }

    /// Whether the user may see the LHE: the evaluator while drafting it, everyone once issued, an observer once scored.
    static func visible(_ role: EvaluationRole, _ state: EvaluationState) -> Bool {
        state >= .submitted && EvaluationPolicy.seesScoring(role, in: state)
    }

    func body(csrf: String) -> Node {
        let office = view.office, year = view.year
        return .div(
            .h1(.text("Laporan Hasil Evaluasi (LHE) — \(view.grant.office.name) \(year)")),
            EvaluationTabs(office: office, year: year, current: .lhe(office: office, year: year)).node(),
            EvaluationParts.problem(problem),
            .if(Self.visible(view.role, view.evaluation.state), content(csrf: csrf),
                else: .p(.text(view.role == .officeOperator || view.role == .officeLeader
                    ? "LHE dapat dilihat kantor setelah diterbitkan evaluator."
                    : "LHE disusun setelah kantor mengajukan penilaian mandiri (dan dapat dilihat pengamat setelah penilaian selesai).")))
        )
    }

    private func content(csrf: String) -> Node {
        let evaluation = view.evaluation, office = view.office, year = view.year
        let card = evaluation.evaluatorScorecard(view.lke)
        let lhe = evaluation.lhe
        let editable = view.may(.editLHE)
        let file = "lhe-\(office)-\(year)"
        return .group(
            .div(.class("summary"),
                 EvaluationParts.card("Nilai evaluator", EvaluationParts.score(card), evaluation.state >= .scored ? "final" : "sementara: penilaian belum diselesaikan"),
                 EvaluationParts.card("Tahap", evaluation.state.label, lhe.number.map { "Nomor \($0)" } ?? "nomor LHE belum diisi")),
            .p(.text("Unduh LHE: "),
               .a(.id("lhe-docx"), .href(SiteURL.lheFile(office: office, year: year, name: "\(file).docx").path), .text("DOCX")),
               .if(pdfAvailable, .group(.text(" · "), .a(.href(SiteURL.lheFile(office: office, year: year, name: "\(file).pdf").path), .text("PDF")))),
               .if(evaluation.state < .lheIssued, .span(.class("hint"), .text(" (konsep: belum diterbitkan)")))),
            lheForm(lhe, editable: editable, csrf: csrf),
            .h2(.text("Rekomendasi")),
            RecommendationTable(recommendations: evaluation.recommendations, version: view.lke).node(),
            .if(editable, recommendationForms(csrf: csrf)),
            .if(view.may(.issueLHE), .form(
                .action(SiteURL.issueLHE(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .p(.class("hint"), .text("Setelah diterbitkan, nilai tidak dapat diubah dan kantor dapat mencatat tindak lanjut rekomendasi.")),
                .button(.type(.submit), .id("issue-lhe"), .text("Terbitkan LHE")))),
            .if(view.role == .evaluator && evaluation.state == .submitted,
                .p(.class("hint"), .text("LHE dapat diterbitkan setelah penilaian evaluator diselesaikan.")))
        )
    }

    private func lheForm(_ lhe: LHEContent, editable: Bool, csrf: String) -> Node {
        let disabled: Node = .if(!editable, .attribute(named: "disabled", value: "disabled"))
        func field(_ name: String, _ label: String, _ value: String?) -> Node {
            .group(.label(.for("lhe-\(name)"), .text(label)),
                   .input(.type(.text), .id("lhe-\(name)"), .name(name), .value(value ?? ""), disabled))
        }
        func area(_ name: String, _ label: String, _ value: String) -> Node {
            .group(.label(.for("lhe-\(name)"), .text(label)), .textarea(.id("lhe-\(name)"), .name(name), .text(value), disabled))
        }
        let date: (CalendarDate?) -> String? = { $0.map(IndonesianDate.format) }
        return .form(
            .class("lhe"), .action(SiteURL.lhe(office: view.office, year: view.year).path), .method(.post), Layout.csrfField(csrf),
            .h2(.text("Data LHE")),
            field("number", "Nomor LHE", form?.number ?? lhe.number),
            field("date", "Tanggal LHE (misalnya 5 Agustus \(view.year + 1))", form?.date ?? date(lhe.date)),
            field("place", "Tempat", form?.place ?? lhe.place),
            field("addressee", "Kepada (misalnya Ketua \(view.grant.office.name))", form?.addressee ?? lhe.addressee),
            field("evaluatorUnit", "Unit evaluator", form?.evaluatorUnit ?? lhe.evaluatorUnit),
            field("fieldworkFrom", "Evaluasi dari tanggal", form?.fieldworkFrom ?? date(lhe.fieldworkFrom)),
            field("fieldworkTo", "sampai tanggal", form?.fieldworkTo ?? date(lhe.fieldworkTo)),
            area("summary", "Simpulan umum", form?.summary ?? lhe.summary ?? ""),
            .forEach(view.lke.components) { component in
                let notes = lhe.notes(for: component.id)
                return .group(
                    area("narrative[\(component.id)]", "Uraian komponen \(component.id). \(component.title)",
                         form?.narrative?[component.id] ?? notes?.narrative ?? ""),
                    area("notes[\(component.id)]", "Catatan komponen \(component.id) (satu per baris)",
                         form?.notes?[component.id] ?? notes?.notes.joined(separator: "\n") ?? ""))
            },
            area("legalBasis", "Dasar hukum tambahan (satu per baris)", form?.legalBasis ?? lhe.legalBasis.joined(separator: "\n")),
            field("signatoryName", "Nama penanda tangan", form?.signatoryName ?? lhe.signatory?.name),
            field("signatoryNip", "NIP penanda tangan", form?.signatoryNip ?? lhe.signatory?.nip),
            field("signatoryPosition", "Jabatan penanda tangan (misalnya Inspektur Wilayah I)", form?.signatoryPosition ?? lhe.signatory?.position),
            field("signatoryOnBehalfOf", "Atas nama (misalnya a.n. Inspektur Utama)", form?.signatoryOnBehalfOf ?? lhe.signatory?.onBehalfOf),
            area("copies", "Tembusan (satu per baris)", form?.copies ?? lhe.copies.joined(separator: "\n")),
            .if(editable, .button(.type(.submit), .id("save-lhe"), .text("Simpan data LHE")))
        )
    }

    private func recommendationForms(csrf: String) -> Node {
        let office = view.office, year = view.year
        return .group(
            .form(
                .class("recommendation"), .action(SiteURL.recommendation(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .h3(.text("Tambah rekomendasi")),
                .label(.for("rec-component"), .text("Komponen")),
                .select(.id("rec-component"), .name("component"),
                        .forEach(view.lke.components) { .option(value: $0.id, text: "\($0.id). \($0.title)") }),
                .label(.for("rec-text"), .text("Uraian rekomendasi")),
                .textarea(.id("rec-text"), .name("text")),
                .label(.for("rec-person"), .text("Penanggung jawab")),
                .input(.type(.text), .id("rec-person"), .name("personInCharge")),
                .label(.for("rec-target"), .text("Target waktu (misalnya 30 Juni \(year + 2))")),
                .input(.type(.text), .id("rec-target"), .name("targetDate")),
                .button(.type(.submit), .id("add-recommendation"), .text("Tambah rekomendasi"))),
            .forEach(view.evaluation.recommendations) { recommendation in
                .form(.class("inline"), .action(SiteURL.removeRecommendation(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                      .input(.type(.hidden), .name("id"), .value(recommendation.id)),
                      .button(.type(.submit), .text("Hapus rekomendasi \(recommendation.id)")))
            }
        )
    }
}

/// The recommendations of an LHE with their person in charge, target date, follow-up state and whether they are
/// overdue today.
struct RecommendationTable {
    var recommendations: [Recommendation]
    var version: LKEVersion

    func node() -> Node {
        guard !recommendations.isEmpty else { return .p(.class("hint"), .text("Belum ada rekomendasi.")) }
        let today = CalendarDate.today
        return .table(
            .class("recommendations"),
            .thead(.tr(.th(.text("No")), .th(.text("Komponen")), .th(.text("Rekomendasi")), .th(.text("Penanggung jawab")),
                       .th(.text("Target")), .th(.text("Status")))),
            .tbody(.forEach(recommendations) { recommendation in
                let overdue = recommendation.isOverdue(on: today)
                return .tr(.id("rekomendasi-\(recommendation.id)"), .class(overdue ? "overdue" : ""),
                           .td(.text(recommendation.id)),
                           .td(.text(version.component(recommendation.componentId).map { "\($0.id). \($0.title)" } ?? recommendation.componentId)),
                           .td(.text(recommendation.text)), .td(.text(recommendation.personInCharge)),
                           .td(.text(IndonesianDate.format(recommendation.targetDate))),
                           .td(.text(recommendation.state.label), .if(overdue, .strong(.class("overdue-flag"), .text(" · Melewati target"))))
                )
            })
        )
    }
}
