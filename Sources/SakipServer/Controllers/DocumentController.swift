import SakipCore
import SakipDocuments
import Vapor

/// The documents of an office-year, made from its data on request: LKj, PK, RKT and Lembar Reviu.
struct DocumentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.documents(office: "", year: 0).pattern, use: list)
        routes.get(SiteURL.document(office: "", year: 0, name: "").pattern, use: download)
    }

    func list(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let page = DocumentsPage(file: file, pdfAvailable: PDFConverter.sofficePath() != nil, review: file.review())
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    /// `lkj.docx`, `lkj.xlsx`, `pk-sekretaris.pdf?revisi=1`, `rkt.docx`, `reviu.docx`.
    func download(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let name = request.parameters.get("name") ?? ""
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let words = parts.first?.split(separator: "-").map(String.init) ?? []
        guard parts.count == 2, let format = DocumentRenderer.Format(rawValue: parts[1]),
              let kindText = words.first, let kind = DocumentRenderer.Kind(rawValue: kindText) else {
            throw Abort(.notFound, reason: "Dokumen \"\(name)\" tidak dikenal.")
        }
        let level = words.count > 1 ? PerformanceAgreement.Level(rawValue: words[1]) : .ketua
        guard let level else { throw Abort(.notFound, reason: "Tingkat PK \"\(words[1])\" tidak dikenal; gunakan ketua atau sekretaris.") }
        let revision = try request.query.get(Int?.self, at: "revisi")
        let file = try await request.requireOfficeYear(office.code, year)
        let bytes: Data
        do {
            bytes = try DocumentRenderer.render(kind, file, format: format, level: level, revision: revision, reviewedOn: .today)
        } catch let error as DocumentError {
            if case .pdf = error { throw Abort(.serviceUnavailable, reason: error.description) }
            throw Abort(.notFound, reason: error.description)
        }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        let fileName = DocumentRenderer.fileName(kind, officeCode: office.code, year: year, format: format, level: level, revision: revision)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
