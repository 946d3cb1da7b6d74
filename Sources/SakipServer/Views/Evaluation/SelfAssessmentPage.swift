import SakipCore

/// The office's self-assessment, criterion by criterion under each sub-component: ada/tidak, the flags that
/// lift a fully met sub-component (BB, A, AA), a note and the evidence; beside each criterion, the answer the
/// office's own data suggest and why. Editable until the office submits it; the leader submits.
struct SelfAssessmentPage: EvaluationScreen {
    var view: EvaluationView
    /// What the user typed when it was refused (shown instead of the stored answers).
    var typed: LKEAnswers?
    var problem: String?

    var title: String { "Penilaian mandiri \(view.grant.office.name) \(view.year)" }

    func body(csrf: String) -> Node {
        let office = view.office, year = view.year
        return .div(
            .h1(.text("Penilaian mandiri SAKIP — \(view.grant.office.name) \(year)")),
            EvaluationTabs(office: office, year: year, current: .selfAssessment(office: office, year: year)).node(),
            EvaluationParts.problem(problem),
            .if(EvaluationPolicy.seesSelfAssessment(view.role, in: view.evaluation.state), content(csrf: csrf),
                else: .p(.text("Penilaian mandiri dapat dilihat evaluator setelah kantor mengajukannya.")))
        )
    }

    private func content(csrf: String) -> Node {
        let office = view.office, year = view.year
        let answers = typed ?? view.evaluation.selfAssessment
        let card = Scorecard(version: view.lke, answers: answers)
        let editable = view.may(.editSelfAssessment)
        let suggestions = view.facts.map { AnswerSuggestions.suggest(view.lke, facts: $0) } ?? []
        let warnings = ConsistencyCheck.warnings(view.lke, answers: answers, facts: view.facts)
        let unanswered = answers.unanswered(in: view.lke)
        return .group(
            .div(.class("summary"),
                 EvaluationParts.card("Nilai penilaian mandiri", EvaluationParts.score(card), "dihitung dari jawaban di bawah"),
                 EvaluationParts.card("Kriteria dijawab", "\(view.lke.criteria.count - unanswered.count) dari \(view.lke.criteria.count)",
                                      unanswered.isEmpty ? "lengkap" : "belum dijawab: \(unanswered.prefix(6).map(\.id).joined(separator: ", "))\(unanswered.count > 6 ? ", …" : "")"),
                 EvaluationParts.card("Tahap", view.evaluation.state.label, editable ? "dapat diubah sampai diajukan" : "tidak dapat diubah")),
            .if(!warnings.isEmpty, .group(.h2(.text("Peringatan konsistensi")), EvaluationParts.warnings(warnings))),
            .form(
                .class("lke"), .action(SiteURL.selfAssessment(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .forEach(view.lke.components) { component in
                    .section(.class("lke-component"),
                             .h2(.text("\(component.id). \(component.title) (bobot \(IndonesianFormat.plain(component.weight)))")),
                             .forEach(component.subComponents) { sub in subComponent(sub, answers, card, suggestions, editable) })
                },
                .if(editable, .button(.type(.submit), .id("save-self-assessment"), .text("Simpan penilaian mandiri")))
            ),
            evidenceSection(csrf: csrf, editable: editable),
            .if(view.may(.submitSelfAssessment), .form(
                .action(SiteURL.submitSelfAssessment(office: office, year: year).path), .method(.post), Layout.csrfField(csrf),
                .p(.class("hint"), .text("Setelah diajukan, penilaian mandiri tidak dapat diubah lagi kecuali dikembalikan evaluator.")),
                .button(.type(.submit), .id("submit-self-assessment"), .text("Ajukan ke evaluator"))
            )),
            .if(view.role == .officeOperator && editable,
                .p(.class("hint"), .text("Pimpinan kantor (Ketua/Sekretaris) mengajukan penilaian mandiri ke evaluator.")))
        )
    }

    private func subComponent(_ sub: LKESubComponent, _ answers: LKEAnswers, _ card: Scorecard,
                              _ suggestions: [SuggestedAnswer], _ editable: Bool) -> Node {
        let score = card.subComponent(sub.id)
        return .div(
            .class("lke-sub"), .id("sub-\(sub.id)"),
            .h3(.text("\(sub.id) \(sub.dimension.label) — \(sub.title) (bobot \(IndonesianFormat.plain(sub.weight)))")),
            .unwrap(score) { score in
                .p(.class("hint"), .text("Nilai: \(EvaluationParts.rating(score.rating)) → \(LKEScore.text(score.score)) · \(score.derived.reason)"))
            },
            .table(
                .thead(.tr(.th(.text("Kriteria")), .th(.text("Jawaban kantor")))),
                .tbody(.forEach(sub.criteria) { criterion in
                    let suggestion = suggestions.first { $0.criterionId == criterion.id }
                    return .tr(
                        .id("kriteria-\(criterion.id)"),
                        .td(.strong(.text(criterion.id)), .text(" " + criterion.text),
                            .unwrap(criterion.evidence) { .p(.class("hint"), .text("Bukti yang lazim: \($0)")) },
                            EvaluationParts.evidenceLinks(view, criterion.id),
                            .unwrap(suggestion) { suggestionNode($0) }),
                        .td(EvaluationParts.answerInputs(criterion, answers[criterion.id], prefix: "k", editable: editable))
                    )
                })
            )
        )
    }

    /// Every criterion's files with removal while editable, and the upload form (a file form cannot sit inside
    /// the answers' form).
    private func evidenceSection(csrf: String, editable: Bool) -> Node {
        let office = view.office, year = view.year
        return .section(
            .class("lke-evidence"), .id("bukti-kriteria"),
            .h2(.text("Berkas bukti kriteria")),
            .if(view.evidence.isEmpty, .p(.text("Belum ada berkas bukti yang diunggah untuk kriteria."))),
            .if(!view.evidence.isEmpty, .table(
                .thead(.tr(.th(.text("Kriteria")), .th(.text("Berkas")), .th(.text("Diunggah")), .if(editable, .th(.text(""))))),
                .tbody(.forEach(view.evidence) { file in
                    .tr(.td(.text(file.owner.key)),
                        .td(.a(.href(SiteURL.criterionEvidenceFile(office: office, year: year, id: file.id.uuidString).path), .text(file.fileName)),
                            .small(.text(" (\(file.type.label), \(IndonesianFormat.count(max(1, file.size / 1024))) KB)"))),
                        .td(.text("\(file.uploadedByName), \(IndonesianDate.format(CalendarDate(date: file.uploadedAt)))")),
                        .if(editable, .td(.form(
                            .class("inline"), .action(SiteURL.deleteCriterionEvidence(office: office, year: year, id: file.id.uuidString).path),
                            .method(.post), Layout.csrfField(csrf),
                            .button(.type(.submit), .attribute(named: "aria-label", value: "Hapus \(file.fileName)"), .text("Hapus"))))))
                })
            )),
            .if(editable, .form(
                .class("entry"), .action(SiteURL.uploadCriterionEvidence(office: office, year: year).path), .method(.post),
                .enctype(.multipartData), Layout.csrfField(csrf),
                .label(.for("evidence-criterion"), .text("Kriteria")),
                .select(.id("evidence-criterion"), .attribute(named: "name", value: "criterionId"),
                        .forEach(view.lke.criteria) { Node.option(value: $0.id, text: "\($0.id) \($0.text.prefix(80))") }),
                .label(.for("evidence-file"), .text("Berkas (PDF, gambar atau dokumen Office, paling besar 10 MB)")),
                .input(.type(.file), .id("evidence-file"), .name("file"), .attribute(named: "required", value: "required")),
                .button(.type(.submit), .id("upload-criterion-evidence"), .text("Unggah bukti"))
            ))
        )
    }

    private func suggestionNode(_ suggestion: SuggestedAnswer) -> Node {
        .div(.class("suggestion"),
             .unwrap(suggestion.met) { met in
                 .p(.text("Saran dari data: "), .strong(.text(met ? "Ada" : "Tidak")), .text(suggestion.reason.map { " — \($0)" } ?? ""))
             },
             .unwrap(suggestion.keptOneYearReason) { .p(.text("Saran: dipertahankan ≥ 1 tahun — \($0)")) })
    }
}
