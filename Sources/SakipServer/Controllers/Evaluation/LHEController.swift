import SakipCore
import SakipDocuments
import Vapor

/// The evaluator's Laporan Hasil Evaluasi: its letter data and notes, the recommendations, issuing it, and the
/// DOCX/PDF made by the LHE generator.
struct LHEController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.lhe(office: "", year: 0), .evaluation(.read), use: show)
        routes.action(.lhe(office: "", year: 0), .evaluation(.editLHE), use: save)
        routes.action(.recommendation(office: "", year: 0), .evaluation(.editLHE), use: addRecommendation)
        routes.action(.removeRecommendation(office: "", year: 0), .evaluation(.editLHE), use: removeRecommendation)
        routes.action(.issueLHE(office: "", year: 0), .evaluation(.issueLHE), use: issue)
        routes.page(.lheFile(office: "", year: 0, name: ""), .evaluation(.read), use: download)
    }

    struct LHEForm: Content {
        var number: String?
        var date: String?
        var place: String?
        var addressee: String?
        var evaluatorUnit: String?
        var fieldworkFrom: String?
        var fieldworkTo: String?
        var summary: String?
        var narrative: [String: String]?
        var notes: [String: String]?
        var legalBasis: String?
        var signatoryName: String?
        var signatoryNip: String?
        var signatoryPosition: String?
        var signatoryOnBehalfOf: String?
        var copies: String?

        /// The LHE's content from the form; an unreadable date or a signatory without a position is refused,
        /// naming the field.
        func content(_ version: LKEVersion) throws(EvaluationWorkflowError) -> LHEContent {
            var signatory: LHEContent.Signatory?
            if let name = AnswerForm.text(signatoryName) {
                guard let position = AnswerForm.text(signatoryPosition) else {
                    throw EvaluationWorkflowError("Kolom Jabatan penanda tangan: wajib diisi bila nama penanda tangan diisi.")
                }
                signatory = LHEContent.Signatory(name: name, nip: AnswerForm.text(signatoryNip), position: position,
                                                 onBehalfOf: AnswerForm.text(signatoryOnBehalfOf))
            }
            let components = version.components.compactMap { component -> LHEContent.ComponentNotes? in
                let narrative = AnswerForm.text(narrative?[component.id])
                let lines = AnswerForm.lines(notes?[component.id])
                return narrative == nil && lines.isEmpty ? nil : LHEContent.ComponentNotes(componentId: component.id, narrative: narrative, notes: lines)
            }
            let from = try AnswerForm.date(fieldworkFrom, field: "Evaluasi dari tanggal"), to = try AnswerForm.date(fieldworkTo, field: "sampai tanggal")
            if let from, let to, to < from { throw EvaluationWorkflowError("Kolom sampai tanggal: sebelum tanggal mulai evaluasi.") }
            return LHEContent(number: AnswerForm.text(number), date: try AnswerForm.date(date, field: "Tanggal LHE"), place: AnswerForm.text(place),
                              addressee: AnswerForm.text(addressee), evaluatorUnit: AnswerForm.text(evaluatorUnit),
                              legalBasis: AnswerForm.lines(legalBasis), fieldworkFrom: from, fieldworkTo: to,
                              summary: AnswerForm.text(summary), components: components, signatory: signatory,
                              copies: AnswerForm.lines(copies))
        }
    }

    struct RecommendationForm: Content {
        var component: String
        var text: String?
        var personInCharge: String?
        var targetDate: String?
    }

    struct RemoveForm: Content {
        var id: String
    }

    func show(request: Request) async throws -> Response {
        try await request.evaluationPage { LHEPage(view: $0, pdfAvailable: PDFConverter.sofficePath() != nil) }
    }

    func save(request: Request) async throws -> Response {
        let form = try request.form(LHEForm.self)
        return try await step(request, done: "Data LHE disimpan.", typed: form) { evaluation, version, actor in
            try evaluation.updateLHE(try form.content(version), by: actor)
        }
    }

    func addRecommendation(request: Request) async throws -> Response {
        let form = try request.form(RecommendationForm.self)
        return try await step(request, done: "Rekomendasi ditambahkan.") { evaluation, version, actor in
            guard let target = try AnswerForm.date(form.targetDate, field: "Target waktu") else {
                throw EvaluationWorkflowError("Kolom Target waktu: wajib diisi (misalnya 30 Juni \(evaluation.year + 2)).")
            }
            let next = (evaluation.recommendations.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
            try evaluation.setRecommendation(Recommendation(id: "R\(next)", componentId: form.component, text: AnswerForm.text(form.text) ?? "",
                                                            personInCharge: AnswerForm.text(form.personInCharge) ?? "", targetDate: target),
                                             by: actor, version: version)
        }
    }

    func removeRecommendation(request: Request) async throws -> Response {
        let form = try request.form(RemoveForm.self)
        return try await step(request, done: "Rekomendasi \(form.id) dihapus.") { evaluation, _, actor in
            try evaluation.removeRecommendation(form.id, by: actor)
        }
    }

    func issue(request: Request) async throws -> Response {
        try await step(request, done: "LHE diterbitkan; kantor dapat mencatat tindak lanjut rekomendasi.") { evaluation, _, actor in
            try evaluation.issueLHE(by: actor, on: .today)
        }
    }

    /// `lhe-655921-2024.docx` or `.pdf`: the evaluator's draft, or the issued LHE for everyone who may read it.
    func download(request: Request) async throws -> Response {
        let view = try await request.requireEvaluation()
        guard LHEPage.visible(view.role, view.evaluation.state) else {
            if view.role == .officeOperator || view.role == .officeLeader {
                throw Abort(.forbidden, reason: "LHE dapat diunduh kantor setelah diterbitkan evaluator.")
            }
            throw Abort(.notFound, reason: "LHE belum disusun: penilaian mandiri belum diajukan atau penilaian belum diselesaikan.")
        }
        let name = request.parameters.get("name") ?? ""
        let isPDF = name.hasSuffix(".pdf")
        guard isPDF || name.hasSuffix(".docx") else { throw Abort(.notFound, reason: "Berkas \"\(name)\" tidak dikenal: unduh LHE sebagai .docx atau .pdf.") }
        let previous = try await request.previousEvaluation(view.office, view.year)
        let bytes: Data
        do {
            let document = try LHEDocument(view.evaluation, version: view.lke, previous: previous)
            bytes = try isPDF ? document.pdf() : document.docx()
        } catch let error as DocumentError {
            if case .pdf = error { throw Abort(.serviceUnavailable, reason: error.description) }
            throw Abort(.notFound, reason: error.description)
        }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: isPDF ? "application/pdf"
                                      : "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "attachment; filename=\"lhe-\(view.office)-\(view.year).\(isPDF ? "pdf" : "docx")\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// One change from the LHE page: done, back to it with a message; refused, the page with why.
    /// `typed`: the LHE form to show again as typed when refused.
    private func step(_ request: Request, done: String, typed: LHEForm? = nil,
                      _ apply: @escaping @Sendable (inout Evaluation, LKEVersion, EvaluationActor) throws -> Void) async throws -> Response {
        try await request.evaluationStep(done: done, then: { .lhe(office: $0.office.code, year: $0.year) },
                                         refused: { LHEPage(view: $0, pdfAvailable: PDFConverter.sofficePath() != nil, form: typed, problem: $1) }, apply)
    }
}
