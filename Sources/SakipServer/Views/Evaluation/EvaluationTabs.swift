import SakipCore

/// The navigation between the pages of one office's evaluation.
struct EvaluationTabs {
    var office: String
    var year: Int
    var current: SiteURL

    func node() -> Node {
        let links: [(SiteURL, String)] = [
            (.evaluation(office: office, year: year), "Ringkasan evaluasi"),
            (.selfAssessment(office: office, year: year), "Penilaian mandiri"),
            (.scoring(office: office, year: year), "Penilaian evaluator"),
            (.lhe(office: office, year: year), "LHE & rekomendasi"),
            (.followUp(office: office, year: year), "Tindak lanjut"),
            (.dashboard(office: office, year: year), "Data kinerja"),
        ]
        return .nav(.class("tabs"), .forEach(links) { url, label in
            .a(.class(url == current ? "current" : ""), .href(url.path), .text(label))
        })
    }
}

/// Pieces every evaluation page shows the same way.
enum EvaluationParts {
    /// A summary card: label, value, note.
    static func card(_ label: String, _ value: String, _ note: String) -> Node {
        .div(.class("card"), .span(.class("label"), .text(label)), .strong(.text(value)), .span(.class("note"), .text(note)))
    }

    /// Links to the files uploaded for a criterion, under its wording (office and evaluator alike).
    static func evidenceLinks(_ view: EvaluationView, _ criterionId: String) -> Node {
        let files = view.evidence(for: criterionId)
        return .if(!files.isEmpty, .p(.class("hint"), .text("Berkas bukti: "), .forEach(Array(files.enumerated())) { index, file in
            .span(.if(index > 0, .text(", ")),
                  .a(.href(SiteURL.criterionEvidenceFile(office: view.office, year: view.year, id: file.id.uuidString).path), .text(file.fileName)))
        }))
    }

    /// The refusal shown above a page's forms.
    static func problem(_ message: String?) -> Node {
        .unwrap(message) { .p(.class("error"), .role("alert"), .text($0)) }
    }

    /// "78,85 (BB, Sangat Baik)".
    static func score(_ card: Scorecard) -> String {
        LKEScore.text(card.total) + (card.predikat.map { " (\($0.predikat.code), \($0.name))" } ?? "")
    }

    /// "B (70)".
    static func rating(_ rating: LKERating) -> String { "\(rating.code) (\(IndonesianFormat.plain(rating.value)))" }

    /// A `<select>` of the eight ratings with an empty first choice.
    static func ratingSelect(id: String, name: String, selected: LKERating?, empty: String, disabled: Bool) -> Node {
        .select(.id(id), .name(name), .if(disabled, .attribute(named: "disabled", value: "disabled")),
                .option(value: "", text: empty, selected: selected == nil),
                .forEach(LKERating.allCases) { rating in .option(value: rating.code, text: Self.rating(rating), selected: rating == selected) })
    }

    /// The inputs of one criterion's answer: ada/tidak, the three flags, a note and the evidence. `prefix`
    /// keeps ids unique when a page shows two assessors.
    static func answerInputs(_ criterion: LKECriterion, _ answer: CriterionAnswer?, prefix: String, editable: Bool) -> Node {
        let id = criterion.id
        let key = "\(prefix)-\(id)"
        let disabled: Node = .if(!editable, .attribute(named: "disabled", value: "disabled"))
        func flag(_ name: String, _ label: String, _ on: Bool) -> Node {
            .label(.class("flag"),
                   .input(.type(.checkbox), .id("\(key)-\(name)"), .name("\(name)[\(id)]"), .value("ya"),
                          .if(on, .attribute(named: "checked", value: "checked")), disabled),
                   .text(" " + label))
        }
        let products = (answer?.evidence ?? []).filter { if case .product = $0 { true } else { false } }
        return .group(
            .select(.id("\(key)-met"), .name("met[\(id)]"), .ariaLabel("Jawaban kriteria \(id)"), disabled,
                    .option(value: "", text: "— belum dijawab —", selected: answer?.met == nil),
                    .option(value: "ada", text: "Ada", selected: answer?.met == true),
                    .option(value: "tidak", text: "Tidak", selected: answer?.met == false)),
            flag("mandate", "sesuai mandat nasional (BB)", answer?.mandate ?? false),
            flag("keptOneYear", "dipertahankan ≥ 1 tahun (A)", answer?.keptOneYear ?? false),
            flag("keptFiveYears", "dipertahankan ≥ 5 tahun (AA)", answer?.keptFiveYears ?? false),
            .label(.for("\(key)-note"), .text("Catatan")),
            .textarea(.id("\(key)-note"), .name("note[\(id)]"), .text(answer?.note ?? ""), disabled),
            .label(.for("\(key)-evidence"), .text("Bukti dukung (satu per baris; tautan diawali https://)")),
            .textarea(.id("\(key)-evidence"), .name("evidence[\(id)]"), .text(AnswerForm.editableText(answer?.evidence ?? [])), disabled),
            .if(!products.isEmpty, .ul(.class("hint"), .forEach(products) { .li(.text("Dokumen e-SAKIP: \($0.label)")) }))
        )
    }

    /// An answer as text: "Ada · mandat · 1 tahun", with its note and evidence.
    static func answerText(_ answer: CriterionAnswer?) -> Node {
        guard let answer else { return .span(.class("hint"), .text("belum dijawab")) }
        var flags: [String] = []
        if answer.mandate { flags.append("mandat") }
        if answer.keptOneYear { flags.append("1 tahun") }
        if answer.keptFiveYears { flags.append("5 tahun") }
        return .group(
            .strong(.text(([answer.shortText] + flags).joined(separator: " · "))),
            .unwrap(answer.note) { .p(.class("hint"), .text($0)) },
            .if(!answer.evidence.isEmpty, .ul(.class("hint"), .forEach(answer.evidence) { .li(.text($0.label)) }))
        )
    }

    /// The consistency warnings as a list, each with its code in small print.
    static func warnings(_ warnings: [ConsistencyWarning], covered: (ConsistencyWarning) -> Bool = { _ in false }) -> Node {
        .ul(.class("findings"), .forEach(warnings) { warning in
            .li(.class("finding " + (covered(warning) ? "note" : "warning")),
                .text(warning.message + (covered(warning) ? " (diberi catatan evaluator)" : "")),
                .text(" "), .small(.class("code"), .text(warning.code.rawValue)))
        })
    }
}
