import Vapor

/// Turns errors into Indonesian pages (or JSON for API calls), never a stack trace.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return try Self.response(for: error, to: request)
        }
    }

    /// The page (or JSON) for an error; also used by middleware that must finish its work on every response.
    static func response(for error: any Error, to request: Request) throws -> Response {
        do {
            throw error
        } catch let abort as AbortError where abort.status == .seeOther || abort.status == .found {
            return request.redirect(to: abort.headers.first(name: .location) ?? "/")
        } catch {
            let status = (error as? AbortError)?.status ?? .internalServerError
            let reason = (error as? AbortError)?.reason ?? "Terjadi kesalahan pada server."
            if status == .internalServerError { request.logger.report(error: error) }
            let message = status == .internalServerError ? "Terjadi kesalahan pada server; data yang sudah tersimpan tidak hilang." : reason
            if request.headers.accept.mediaTypes.contains(.json) || request.url.path.hasSuffix("pratinjau") {
                let response = Response(status: status)
                try response.content.encode(FeedbackJSON(ok: false, text: message), as: .json)
                return response
            }
            let html = Layout.render(title: "Kesalahan", viewer: nil, csrf: CSRFMiddleware.token(for: request),
                                     content: .div(.h1(.text("\(status.code) — \(Self.title(status))")), .p(.text(message)),
                                                   .p(.a(.href(SiteURL.offices.path), .text("Kembali ke daftar kantor")))))
            let response = Response(status: status, body: .init(string: html))
            response.headers.contentType = .html
            return response
        }
    }

    static func title(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 403: "Tidak berwenang"
        case 404: "Tidak ditemukan"
        case 429: "Terlalu banyak percobaan"
        default: "Kesalahan"
        }
    }
}
