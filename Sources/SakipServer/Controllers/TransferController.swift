import Fluent
import SakipCore
import Vapor

/// Export and import of office-year files.
struct TransferController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.export(office: "", year: 0), .office(.read), use: export)
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
