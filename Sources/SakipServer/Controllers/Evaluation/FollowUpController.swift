import SakipCore
import Vapor

/// Follow-up of the LHE's recommendations: the office records actions, the evaluator accepts or rejects them.
struct FollowUpController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.followUp(office: "", year: 0), .evaluation(.read), use: show)
        routes.action(.followUp(office: "", year: 0), .evaluation(.recordFollowUp), use: record)
        routes.action(.verifyFollowUp(office: "", year: 0), .evaluation(.verifyFollowUp), use: verify)
    }

    struct RecordForm: Content {
        var recommendation: String
        var date: String?
        var description: String?
        var evidence: String?
        var completes: String?
    }

    struct VerifyForm: Content {
        var recommendation: String
        var action: String
        var verdict: String
        var note: String?
    }

    func show(request: Request) async throws -> Response {
        try await request.evaluationPage { FollowUpPage(view: $0) }
    }

    func record(request: Request) async throws -> Response {
        let form = try request.form(RecordForm.self)
        return try await step(request, done: "Tindak lanjut rekomendasi \(form.recommendation) dicatat.") { evaluation, _, actor in
            let date = try AnswerForm.date(form.date, field: "Tanggal tindak lanjut") ?? .today
            let count = evaluation.recommendation(form.recommendation)?.actions.count ?? 0
            let action = FollowUpAction(id: "TL\(count + 1)", date: date, description: AnswerForm.text(form.description) ?? "",
                                        completes: form.completes != nil, evidence: AnswerForm.evidence(form.evidence))
            try evaluation.recordFollowUp(action, on: form.recommendation, by: actor, date: .today)
        }
    }

    func verify(request: Request) async throws -> Response {
        let form = try request.form(VerifyForm.self)
        guard let verdict = FollowUpVerification.Verdict(rawValue: form.verdict) else {
            throw Abort(.unprocessableEntity, reason: "Kolom Hasil verifikasi: pilih Diterima atau Ditolak.")
        }
        return try await step(request, done: "Tindak lanjut \(form.action) \(verdict.label.lowercased()).") { evaluation, _, actor in
            try evaluation.verifyFollowUp(form.action, on: form.recommendation, verdict: verdict, note: AnswerForm.text(form.note),
                                          by: actor, date: .today)
        }
    }

    private func step(_ request: Request, done: String,
                      _ apply: @escaping @Sendable (inout Evaluation, LKEVersion, EvaluationActor) throws -> Void) async throws -> Response {
        try await request.evaluationStep(done: done, then: { .followUp(office: $0.office.code, year: $0.year) },
                                         refused: { FollowUpPage(view: $0, problem: $1) }, apply)
    }
}
