import Vapor

/// Protects every form: a state-changing request must carry the session's token, as the form field
/// `_csrf` or the header `X-CSRF-Token`. Pages put the token in every form they render.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    /// The largest upload (an office-year file or a workbook).
    static let uploadLimit = 20 * 1024 * 1024

    /// The session's token; for an anonymous request (the sign-in page) a token kept in a cookie of its own.
    static func token(for request: Request) -> String {
        request.sessionState.current?.csrf ?? request.sessionState.anonymousCSRF()
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let expected = request.sessionState.current?.csrf ?? request.sessionState.existingAnonymousCSRF
        // A browser streams a file upload: its token field can be read only once the body is collected
        // (up to the upload routes' limit; the route's own limit still applies).
        if request.body.data == nil, request.headers.contentType?.type == "multipart" {
            _ = try await request.body.collect(max: Self.uploadLimit).get()
        }
        let given = request.headers.first(name: Self.header) ?? (try? request.content.get(String.self, at: Self.field))
        guard let expected, let given, Self.constantTimeEqual(expected, given) else {
            throw Abort(.forbidden, reason: "Formulir kedaluwarsa atau tidak sah (token CSRF tidak cocok). Muat ulang halaman lalu kirim lagi.")
        }
        return try await next.respond(to: request)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
