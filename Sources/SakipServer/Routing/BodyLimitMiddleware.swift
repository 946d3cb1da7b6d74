import Vapor

/// Reads the whole request body, up to the route's limit, before anything looks into it. A browser
/// streams a form of more than a couple of kilobytes in several pieces: a check made on the first
/// piece alone (the CSRF token) would fail.
struct BodyLimitMiddleware: AsyncMiddleware {
    var limit: BodyLimit

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit.bytes {
            throw BodyTooLarge(limit: limit)
        }
        if let data = request.body.data {
            guard data.readableBytes <= limit.bytes else { throw BodyTooLarge(limit: limit) }
        } else {
            do {
                // Vapor refuses a body that reaches `max`: one more byte lets exactly the limit through.
                _ = try await request.body.collect(max: limit.bytes + 1).get()
            } catch let error as AbortError where error.status == .payloadTooLarge {
                throw BodyTooLarge(limit: limit)
            }
        }
        return try await next.respond(to: request)
    }
}
