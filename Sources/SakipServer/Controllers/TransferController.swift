import Fluent
import SakipCore
import SakipDocuments
import Vapor

/// Export and import of office-year files.
struct TransferController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.export(office: "", year: 0), .office(.read), use: export)
        routes.page(.exportBundle(office: "", year: 0), .office(.read), use: bundle)
        routes.page(.importFile, .importer, use: form)
        routes.action(.importFile, .importer, body: .upload, use: upload)
    }

    func export(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let response = Response(status: .ok, body: .init(string: OfficeYearWriter.write(file)))
        response.headers.contentType = .json
        response.headers.contentDisposition = .init(.attachment, filename: "\(office.code)-\(year).json")
        return response
    }

    /// The office-year file and its evidence files in one ZIP.
    func bundle(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        guard let model = try await request.store.officeYearModel(officeCode: office.code, year: year) else {
            throw Abort(.notFound, reason: "Data \(office.name) tahun \(year) belum ada.")
        }
        let officeYearID = try model.requireID()
        var evidence: [OfficeYearBundle.Evidence] = []
        for listed in try await request.store.evidence(officeYearID: officeYearID) {
            guard let found = try await request.store.evidenceFile(listed.id, officeYearID: officeYearID) else { continue }
            evidence.append(.init(kind: listed.owner.kind, key: listed.owner.key, fileName: listed.fileName,
                                  mediaType: listed.type.mediaType, sha256: listed.sha256, data: found.data))
        }
        let zip = try OfficeYearBundle.zipped(officeYearJSON: OfficeYearWriter.write(file), evidence: evidence)
        let response = Response(status: .ok, body: .init(data: zip))
        response.headers.replaceOrAdd(name: .contentType, value: "application/zip")
        response.headers.contentDisposition = .init(.attachment, filename: "\(office.code)-\(year).zip")
        return response
    }

    func form(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let page = ImportPage()
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    struct Upload: Content {
        var file: File
    }

    func upload(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let upload = try request.form(Upload.self)
        let text = String(buffer: upload.file.data)
        let result: OfficeYearReader.Result
        do { result = try OfficeYearReader.read(text) } catch {
            let page = ImportPage(issues: error.issues)
            return request.page(title: page.title, viewer: user.viewer, status: .unprocessableEntity) { page.body(csrf: $0) }
        }
        let target = result.officeYear.office
        var ancestors: [String] = []
        if let existing = try await request.store.office(code: target.code) {
            ancestors = try await request.ancestors(of: existing)
        } else if let parentCode = target.parentCode, let parent = try await request.store.office(code: parentCode) {
            ancestors = [parent.code] + (try await request.ancestors(of: parent))
        }
        let access = AccessPolicy.access(role: user.role, userOffice: user.officeCode, target: target.code, ancestors: ancestors)
        guard access.importFile else {
            throw Abort(.forbidden, reason: "Berkas ini milik \(target.name) (\(target.code)); Anda hanya dapat mengimpor data kantor Anda sendiri.")
        }
        try await request.store.importFile(result.officeYear, by: request.actor(user),
                                           identity: user.role == .nationalAdmin ? .fileSetsIdentity : .mustMatch)
        let page = ImportPage(warnings: result.warnings, imported: (target.code, target.name, result.officeYear.year))
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }
}
