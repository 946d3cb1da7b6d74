import Vapor

/// Protects every form: a state-changing request must carry the session's token, as the form field
/// `_csrf` or the header `X-CSRF-Token`. Pages put the token in every form they render. It runs after
/// ``BodyLimitMiddleware``, so the token is read from the whole body, however the browser sent it.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"

    /// The session's token; for an anonymous request (the sign-in page) a token kept in a cookie of its own.
    static func token(for request: Request) -> String {
        request.sessionState.current?.csrf ?? request.sessionState.anonymousCSRF()
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let expected = request.sessionState.current?.csrf ?? request.sessionState.existingAnonymousCSRF
        let given = request.headers.first(name: Self.header) ?? Self.formToken(request)
        guard let expected, let given, Self.constantTimeEqual(expected, given) else {
            throw Abort(.forbidden, reason: "Formulir kedaluwarsa atau tidak sah (token CSRF tidak cocok). Muat ulang halaman lalu kirim lagi.")
        }
        return try await next.respond(to: request)
    }

    /// The `_csrf` field of a collected url-encoded or multipart body; nil for any other or a broken one.
    private static func formToken(_ request: Request) -> String? {
        guard request.body.data != nil, let type = request.headers.contentType,
              type == .urlEncodedForm || type.type == "multipart" else { return nil }
        return try? request.content.get(String.self, at: field)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
