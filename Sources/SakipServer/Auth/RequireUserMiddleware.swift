import Vapor

/// Lets a request through only with a signed-in user, whom it keeps for the handler. Without one, a page
/// or form is sent to the sign-in page, and nothing it carries is read.
struct RequireUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try await request.requireUser()
        return try await next.respond(to: request)
    }
}

/// Lets through only the given roles.
struct RoleMiddleware: AsyncMiddleware {
    var roles: Set<UserRole>
    var refusal: String

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard roles.contains(try await request.gatedUser().role) else { throw Abort(.forbidden, reason: refusal) }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The user the route's ``RequireUserMiddleware`` admitted (read with the session, no query).
    func gatedUser() async throws -> SessionUser {
        try await requireUser()
    }
}
