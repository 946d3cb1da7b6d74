import SakipCore
import Vapor

/// Evidence files for the criteria of an office's self-assessment: uploaded by the office while it may still
/// change its self-assessment, read by everyone who reads the evaluation (the evaluator beside its scoring).
struct CriterionEvidenceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.action(.uploadCriterionEvidence(office: "", year: 0), .evaluation(.editSelfAssessment), body: .upload, use: upload)
        routes.page(.criterionEvidenceFile(office: "", year: 0, id: ""), .evaluation(.read), use: download)
        routes.action(.deleteCriterionEvidence(office: "", year: 0, id: ""), .evaluation(.editSelfAssessment), use: delete)
    }

    struct UploadForm: Content {
        var criterionId: String
        var file: File
    }

    func upload(request: Request) async throws -> Response {
        let view = try await request.requireEvaluation()
        let form = try request.form(UploadForm.self)
        guard view.may(.editSelfAssessment) else { return try await refuse(request, view, Self.locked(view)) }
        guard view.lke.criteria.contains(where: { $0.id == form.criterionId }) else {
            return try await refuse(request, view, "Kolom Kriteria: \"\(form.criterionId)\" bukan kriteria LKE evaluasi ini.", status: .unprocessableEntity)
        }
        do {
            let saved = try await request.store.addEvidence(officeCode: view.office, year: view.year, owner: .criterion(form.criterionId),
                                                            fileName: form.file.filename, data: Data(buffer: form.file.data),
                                                            by: request.actor(view.grant.user))
            return request.redirect(to: .selfAssessment(office: view.office, year: view.year),
                                    flash: "Bukti \(saved.fileName) (\(saved.type.label)) untuk kriteria \(form.criterionId) disimpan.")
        } catch let error as StorageError where error.kind == .invalid {
            return try await refuse(request, view, "Bukti kriteria \(form.criterionId) tidak disimpan: \(error.message)", status: .unprocessableEntity)
        }
    }

    func download(request: Request) async throws -> Response {
        let view = try await request.requireEvaluation()
        guard let officeYearID = view.officeYearID,
              let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let found = try await request.store.evidenceFile(id, officeYearID: officeYearID),
              found.file.owner.kind == EvidenceOwner.criterionKind else {
            throw Abort(.notFound, reason: "Berkas bukti kriteria tidak ditemukan.")
        }
        return EvidenceController.download(found)
    }

    func delete(request: Request) async throws -> Response {
        let view = try await request.requireEvaluation()
        guard view.may(.editSelfAssessment) else { return try await refuse(request, view, Self.locked(view)) }
        guard let officeYearID = view.officeYearID,
              let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let file = view.evidence.first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "Berkas bukti kriteria tidak ditemukan.")
        }
        try await request.store.deleteEvidence(id, officeYearID: officeYearID, by: request.actor(view.grant.user))
        return request.redirect(to: .selfAssessment(office: view.office, year: view.year),
                                flash: "Bukti \(file.fileName) untuk kriteria \(file.owner.key) dihapus.")
    }

    private static func locked(_ view: EvaluationView) -> String {
        "Bukti kriteria tidak dapat diubah pada tahap \"\(view.evaluation.state.label)\": penilaian mandiri hanya dapat diubah kantor sampai diajukan."
    }

    private func refuse(_ request: Request, _ view: EvaluationView, _ message: String,
                        status: HTTPResponseStatus = .conflict) async throws -> Response {
        let page = SelfAssessmentPage(view: view, problem: message)
        return request.page(title: page.title, viewer: view.grant.user.viewer, status: status) { page.body(csrf: $0) }
    }
}
