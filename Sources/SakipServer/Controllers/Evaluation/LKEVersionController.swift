import SakipCore
import Vapor

/// KPU RI's LKE versions: the list, loading the next year's version from its master-data file, and taking a
/// loaded version off (or back on) the offer for new evaluations.
struct LKEVersionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.lkeVersions, .nationalAdmin, use: list)
        routes.action(.lkeVersions, .nationalAdmin, body: .upload, use: load)
        routes.action(.lkeVersionState, .nationalAdmin, use: setState)
    }

    struct Upload: Content {
        var file: File
    }

    struct StateForm: Content {
        var digest: String
        var active: String
    }

    func list(request: Request) async throws -> Response {
        try await page(request)
    }

    func load(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let upload = try request.form(Upload.self)
        guard upload.file.data.readableBytes <= LKEVersionReader.sizeLimit else {
            return try await page(request, problem: "Berkas LKE terlalu besar: paling banyak \(LKEVersionReader.sizeLimit / 1_000_000) MB.", status: .payloadTooLarge)
        }
        let loaded: LKEVersionLoad
        do {
            loaded = try await request.store.loadLKEVersion(String(buffer: upload.file.data), by: request.actor(user))
        } catch let error as EvaluationReadError {
            return try await page(request, problem: "Berkas \(upload.file.filename) tidak dimuat:", issues: error.issues.map(\.description),
                                  status: .unprocessableEntity)
        } catch let error as StorageError where error.kind == .invalid {
            return try await page(request, problem: "Berkas \(upload.file.filename) tidak dimuat: \(error.message).", status: .conflict)
        }
        let retired = loaded.retired.isEmpty ? "" : " Versi sebelumnya dengan id yang sama tidak lagi ditawarkan untuk evaluasi baru."
        return request.redirect(to: .lkeVersions, flash: "\(loaded.version.title) dimuat (\(loaded.version.criteria.count) kriteria).\(retired)")
    }

    func setState(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(StateForm.self)
        do {
            try await request.store.setLKEVersion(digest: form.digest, active: form.active == "ya", by: request.actor(user))
        } catch let error as StorageError where error.kind == .notFound {
            return try await page(request, problem: "Status tidak diubah: \(error.message).", status: .notFound)
        }
        return request.redirect(to: .lkeVersions, flash: form.active == "ya" ? "Versi LKE ditawarkan lagi untuk evaluasi baru." : "Versi LKE tidak lagi ditawarkan untuk evaluasi baru.")
    }

    private func page(_ request: Request, problem: String? = nil, issues: [String] = [], status: HTTPResponseStatus = .ok) async throws -> Response {
        let user = try await request.gatedUser()
        let page = LKEVersionsPage(versions: try await request.store.lkeVersions(), issues: issues, problem: problem)
        return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
    }
}
