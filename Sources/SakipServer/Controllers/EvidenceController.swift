import SakipCore
import SakipDocuments
import Vapor

/// Evidence files (bukti dukung) of an office-year's realisations: upload, download, removal.
struct EvidenceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.action(.uploadEvidence(office: "", year: 0), .office(.edit), body: .upload, use: upload)
        routes.page(.evidenceFile(office: "", year: 0, id: ""), .office(.read), use: download)
        routes.action(.deleteEvidence(office: "", year: 0, id: ""), .office(.edit), use: delete)
    }

    struct UploadForm: Content {
        var indicatorId: String
        var quarter: Int
        var file: File
    }

    func upload(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let form = try request.form(UploadForm.self)
        let file = try await request.requireOfficeYear(office.code, year)
        guard file.indicator(form.indicatorId) != nil, let quarter = Quarter(rawValue: form.quarter) else {
            throw Abort(.badRequest, reason: "Kolom Indikator atau Triwulan tidak dikenal.")
        }
        do {
            let saved = try await request.store.addEvidence(officeCode: office.code, year: year, owner: .realisation(form.indicatorId, quarter),
                                                            fileName: form.file.filename, data: Data(buffer: form.file.data),
                                                            by: request.actor(user))
            return request.redirect(to: .realisations(office: office.code, year: year),
                                    flash: "Bukti \(saved.fileName) (\(saved.type.label)) untuk \(quarter.name) disimpan.")
        } catch let error as StorageError where error.kind == .invalid {
            let rejected = RealisationPage.Rejected(indicatorId: form.indicatorId, quarter: form.quarter, value: "", explanation: "",
                                                    evidence: "", message: error.message)
            return try await RealisationController.render(request, file, user: user, access: access, rejected: rejected,
                                                          status: .unprocessableEntity)
        }
    }

    func download(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        guard let model = try await request.store.officeYearModel(officeCode: office.code, year: year),
              let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let found = try await request.store.evidenceFile(id, officeYearID: try model.requireID()) else {
            throw Abort(.notFound, reason: "Berkas bukti tidak ditemukan.")
        }
        return Self.download(found)
    }

    /// An evidence file as a download: its sniffed type, as an attachment, never cached by a shared cache.
    static func download(_ found: (file: EvidenceFile, data: Data)) -> Response {
        let response = Response(status: .ok, body: .init(data: found.data))
        response.headers.replaceOrAdd(name: .contentType, value: found.file.type.mediaType)
        response.headers.replaceOrAdd(name: .contentDisposition, value: attachment(found.file.fileName))
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    func delete(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        guard let model = try await request.store.officeYearModel(officeCode: office.code, year: year),
              let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw Abort(.notFound, reason: "Berkas bukti tidak ditemukan.")
        }
        try await request.store.deleteEvidence(id, officeYearID: try model.requireID(), by: request.actor(user))
        return request.redirect(to: .realisations(office: office.code, year: year), flash: "Berkas bukti dihapus.")
    }

    /// `attachment` with an ASCII name for old clients and the exact name in UTF-8 (RFC 6266).
    static func attachment(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
