import Vapor

/// Headers every response carries, pages, redirects, errors, files and JSON alike: a content security
/// policy without inline script or style, no framing, no MIME sniffing, same-origin referrers. It is the
/// outermost middleware, so even an error that escaped everything else leaves with them.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            request.logger.report(error: error)
            response = Response(status: .internalServerError, body: .init(string: ProblemMessage.standard(.internalServerError)))
            response.headers.contentType = .plainText
        }
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        return response
    }
}
