import SakipCore
import Vapor

/// The start of an office's SAKIP evaluation and its self-assessment: the summary page, starting it from the
/// office-year's data, answering the criteria, and submitting it to the evaluator.
struct EvaluationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.evaluation(office: "", year: 0), .evaluation(.read), use: show)
        routes.action(.startEvaluation(office: "", year: 0), .evaluation(.editSelfAssessment), use: start)
        routes.page(.selfAssessment(office: "", year: 0), .evaluation(.read), use: selfAssessment)
        routes.action(.selfAssessment(office: "", year: 0), .evaluation(.editSelfAssessment), use: saveSelfAssessment)
        routes.action(.submitSelfAssessment(office: "", year: 0), .evaluation(.submitSelfAssessment), use: submit)
    }

    func show(request: Request) async throws -> Response {
        try await summary(request)
    }

    /// The summary page; `problem` when an action on it was refused.
    func summary(_ request: Request, problem: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let grant = try await request.evaluationGrant()
        let office = grant.office
        var view: EvaluationView?
        var trail: [AuditEntryModel] = []
        if (try await request.store.evaluation(officeCode: office.code, year: grant.year)) != nil {
            let loaded = try await request.requireEvaluation()
            view = loaded
            if grant.role == .evaluator || grant.role == .observer {
                trail = try await request.store.evaluationTrail(officeID: try office.requireID(), year: grant.year, limit: 100)
            }
        }
        var nextVersion: LKEVersion?
        if view == nil { nextVersion = try await request.store.lkeVersion(forNewEvaluationOf: grant.year) }
        let hasData = try await request.store.stored(officeCode: office.code, year: grant.year) != nil
        let page = EvaluationPage(officeName: office.name, office: office.code, year: grant.year, role: grant.role, view: view,
                                  nextVersion: nextVersion, hasData: hasData, trail: trail, problem: problem)
        return request.page(title: page.title, viewer: grant.user.viewer, status: status) { page.body(csrf: $0) }
    }

    /// Starts the evaluation on the LKE version for the year, the self-assessment prefilled with what the data suggest.
    func start(request: Request) async throws -> Response {
        let grant = try await request.evaluationGrant()
        let code = grant.office.code, year = grant.year
        guard let data = try await request.store.stored(officeCode: code, year: year) else {
            return try await summary(request, problem: "Evaluasi belum dapat dimulai: data kinerja tahun \(year) belum ada.", status: .conflict)
        }
        guard let version = try await request.store.lkeVersion(forNewEvaluationOf: year) else {
            return try await summary(request, problem: "Evaluasi belum dapat dimulai: belum ada LKE yang berlaku untuk tahun kinerja \(year).", status: .conflict)
        }
        let facts = try await request.evaluationFacts(data, code, year)
        do {
            try await request.store.startEvaluation(Evaluation.start(data.file, version: version, facts: facts), by: request.actor(grant.user))
        } catch let error as StorageError where error.kind == .invalid {
            return try await summary(request, problem: "Evaluasi tidak dimulai: \(error.message).", status: .conflict)
        }
        return request.redirect(to: .selfAssessment(office: code, year: year),
                                flash: "Evaluasi SAKIP \(year) dimulai dengan \(version.title). Jawaban yang disarankan data sudah diisikan; periksa setiap kriteria.")
    }

    func selfAssessment(request: Request) async throws -> Response {
        try await request.evaluationPage { SelfAssessmentPage(view: $0) }
    }

    /// Saves every answer the form holds; refused answers stay in the form.
    func saveSelfAssessment(request: Request) async throws -> Response {
        let grant = try await request.evaluationGrant()
        let form = try request.form(AnswerForm.self)
        do {
            try await request.changeEvaluation(grant) { evaluation, version, actor in
                for answer in form.answers(version, over: evaluation.selfAssessment) {
                    try evaluation.answerSelfAssessment(answer, by: actor, version: version)
                }
            }
        } catch let refusal as EvaluationRefusal {
            let view = try await request.requireEvaluation()
            var typed = view.evaluation.selfAssessment
            for answer in form.answers(view.lke, over: typed) { typed.set(answer) }
            let page = SelfAssessmentPage(view: view, typed: typed, problem: refusal.message)
            return request.page(title: page.title, viewer: grant.user.viewer, status: refusal.status) { page.body(csrf: $0) }
        }
        return request.redirect(to: .selfAssessment(office: grant.office.code, year: grant.year), flash: "Penilaian mandiri disimpan.")
    }

    /// The leader hands the self-assessment to the evaluator.
    func submit(request: Request) async throws -> Response {
        let year = try await request.evaluationGrant().year
        return try await request.evaluationStep(done: "Penilaian mandiri \(year) diajukan ke evaluator.",
                                                then: { .evaluation(office: $0.office.code, year: $0.year) },
                                                refused: { SelfAssessmentPage(view: $0, problem: $1) }) { evaluation, version, actor in
            try evaluation.submit(by: actor, on: .today, version: version)
        }
    }
}
