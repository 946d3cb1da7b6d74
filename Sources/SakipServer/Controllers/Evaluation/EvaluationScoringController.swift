import SakipCore
import Vapor

/// The evaluator's scoring: answers per criterion beside the office's, rating overrides with justification,
/// notes on consistency warnings; closing, reopening, or returning the self-assessment to the office.
struct EvaluationScoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.scoring(office: "", year: 0), .evaluation(.read), use: show)
        routes.action(.scoring(office: "", year: 0), .evaluation(.editScoring), use: save)
        routes.action(.returnEvaluation(office: "", year: 0), .evaluation(.returnToOffice), use: returnToOffice)
        routes.action(.completeScoring(office: "", year: 0), .evaluation(.completeScoring), use: complete)
        routes.action(.reopenScoring(office: "", year: 0), .evaluation(.reopenScoring), use: reopen)
    }

    /// The scoring form beyond the answers (which ``AnswerForm`` reads from the same body): `rating[1.c]` and
    /// `justification[1.c]` per sub-component, and `warning[CODE:subject]` notes.
    struct ScoringForm: Content {
        var rating: [String: String]?
        var justification: [String: String]?
        var warning: [String: String]?

        /// Applies the form to an evaluation as the evaluator: answers, then overrides (a chosen rating needs its
        /// justification), then warning notes on the warnings of the result (an emptied note removes it).
        func apply(_ answers: AnswerForm, to evaluation: inout Evaluation, _ version: LKEVersion,
                   _ actor: EvaluationActor) throws(EvaluationWorkflowError) {
            for answer in answers.answers(version, over: evaluation.scoring.answers) {
                try evaluation.answerAsEvaluator(answer, by: actor, version: version)
            }
            for sub in version.subComponents {
                guard let choice = rating?[sub.id] else { continue }
                let text = AnswerForm.text(justification?[sub.id]) ?? ""
                let existing = evaluation.scoring.override(sub.id)
                if let chosen = LKERating(code: choice) {
                    // Setting an unchanged override again would move it to the end of the list: a change of nothing.
                    guard existing?.rating != chosen || existing?.justification != text else { continue }
                    try evaluation.overrideRating(RatingOverride(subComponentId: sub.id, rating: chosen, justification: text), by: actor, version: version)
                } else if existing != nil {
                    try evaluation.removeOverride(sub.id, by: actor)
                }
            }
            for (key, value) in (warning ?? [:]).sorted(by: { $0.key < $1.key }) {
                let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, let code = ConsistencyCode(rawValue: parts[0]) else { continue }
                let subject = parts[1]
                let existing = evaluation.scoring.warningOverrides.first { $0.code == code && $0.subject == subject }
                if let note = AnswerForm.text(value) {
                    guard existing?.note != note else { continue }
                    try evaluation.overrideWarning(WarningOverride(code: code, subject: subject, note: note), by: actor)
                } else if existing != nil {
                    guard EvaluationPolicy.allows(actor.role, .editScoring, in: evaluation.state) else {
                        throw EvaluationWorkflowError("\(actor.role.label) tidak dapat \(EvaluationAction.editScoring.label) pada tahap \"\(evaluation.state.label)\".")
                    }
                    evaluation.scoring.warningOverrides.removeAll { $0.code == code && $0.subject == subject }
                }
            }
        }

        /// The form laid over the stored scoring without the workflow's checks, to show what was typed again.
        func typed(_ answers: AnswerForm, over stored: Evaluation, _ version: LKEVersion) -> EvaluatorScoring {
            var scoring = stored.scoring
            for answer in answers.answers(version, over: scoring.answers) { scoring.answers.set(answer) }
            for sub in version.subComponents {
                guard let choice = rating?[sub.id] else { continue }
                scoring.overrides.removeAll { $0.subComponentId == sub.id }
                if let chosen = LKERating(code: choice) {
                    scoring.overrides.append(RatingOverride(subComponentId: sub.id, rating: chosen, justification: justification?[sub.id] ?? ""))
                }
            }
            return scoring
        }
    }

    struct NoteForm: Content {
        var note: String?
    }

    func show(request: Request) async throws -> Response {
        try await request.evaluationPage { ScoringPage(view: $0) }
    }

    func save(request: Request) async throws -> Response {
        let grant = try await request.evaluationGrant()
        let answers = try request.form(AnswerForm.self)
        let form = try request.form(ScoringForm.self)
        do {
            try await request.changeEvaluation(grant) { evaluation, version, actor in
                try form.apply(answers, to: &evaluation, version, actor)
            }
        } catch let refusal as EvaluationRefusal {
            let view = try await request.requireEvaluation()
            let page = ScoringPage(view: view, typed: form.typed(answers, over: view.evaluation, view.lke), problem: refusal.message)
            return request.page(title: page.title, viewer: grant.user.viewer, status: refusal.status) { page.body(csrf: $0) }
        }
        return request.redirect(to: .scoring(office: grant.office.code, year: grant.year), flash: "Penilaian evaluator disimpan.")
    }

    func returnToOffice(request: Request) async throws -> Response {
        let note = try request.form(NoteForm.self).note ?? ""
        return try await step(request, done: "Penilaian mandiri dikembalikan ke kantor.") { evaluation, _, actor in
            try evaluation.returnToOffice(by: actor, on: .today, note: note)
        }
    }

    func complete(request: Request) async throws -> Response {
        let grant = try await request.evaluationGrant()
        let facts = try await request.evaluationFacts(grant.office.code, grant.year)
        return try await step(request, done: "Penilaian evaluator diselesaikan; LHE dapat disusun dan diterbitkan.", next: .lhe) { evaluation, version, actor in
            try evaluation.completeScoring(by: actor, on: .today, version: version, facts: facts)
        }
    }

    func reopen(request: Request) async throws -> Response {
        let note = try request.form(NoteForm.self).note ?? ""
        return try await step(request, done: "Penilaian evaluator dibuka kembali.") { evaluation, _, actor in
            try evaluation.reopenScoring(by: actor, on: .today, note: note)
        }
    }

    /// One workflow step from the scoring page: done, to the summary (or the LHE); refused, the scoring page with why.
    private func step(_ request: Request, done: String, next: Next = .summary,
                      _ apply: @escaping @Sendable (inout Evaluation, LKEVersion, EvaluationActor) throws -> Void) async throws -> Response {
        try await request.evaluationStep(done: done, then: { grant in
            next == .lhe ? .lhe(office: grant.office.code, year: grant.year) : .evaluation(office: grant.office.code, year: grant.year)
        }, refused: { ScoringPage(view: $0, problem: $1) }, apply)
    }

    private enum Next { case summary, lhe }
}
