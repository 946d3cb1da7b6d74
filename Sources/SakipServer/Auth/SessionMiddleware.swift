import Foundation
import Vapor

/// Finds the request's session from its cookie (one query, with the user), and after the response writes
/// back what changed: a new or cleared cookie, the flash message, activity (at most every few minutes).
/// Anonymous requests create nothing in the database.
struct SessionMiddleware: AsyncMiddleware {
    let policy: SessionPolicy

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let now = Date()
        var loaded: (current: SessionState.Current, flash: String?)?
        var expired = false
        if let token = request.cookies[SessionPolicy.cookieName]?.string, !token.isEmpty, token.count <= 100,
           let found = try await SessionStore.find(token: token, on: request.db) {
            if policy.isValid(created: found.current.createdAt, lastSeen: found.current.lastSeenAt, now: now) {
                loaded = found
            } else {
                expired = true
                try await SessionStore.end(found.current.id, on: request.db)
            }
        }
        let anonymous = request.cookies[SessionPolicy.anonymousCSRFCookie].map(\.string).flatMap { $0.count <= 100 ? $0 : nil }
        let state = SessionState(current: loaded?.current, flash: loaded?.flash, anonymousCSRF: anonymous)
        request.storage[SessionStateKey.self] = state

        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            // The error's page is made here so that the session's cookie and flash are written on it too.
            response = try ErrorPageMiddleware.response(for: error, to: request)
        }
        try await finish(request, state, loaded: loaded?.current, expired: expired, now: now, response: response)
        return response
    }

    private func finish(_ request: Request, _ state: SessionState, loaded: SessionState.Current?, expired: Bool, now: Date,
                        response: Response) async throws {
        if let current = state.current, state.startedToken == nil {
            let touch = now.timeIntervalSince(current.lastSeenAt) >= policy.touchEvery ? now : nil
            try await SessionStore.save(current.id, touch: touch, flash: state.flashToWrite, on: request.db)
        } else if let current = state.current, state.startedToken != nil, state.flashToWrite.changed {
            try await SessionStore.save(current.id, touch: nil, flash: state.flashToWrite, on: request.db)
        }
        if let token = state.startedToken {
            response.cookies[SessionPolicy.cookieName] = cookie(token, maxAge: Int(policy.absolute))
        } else if state.isEnded || expired || (loaded == nil && request.cookies[SessionPolicy.cookieName] != nil) {
            response.cookies[SessionPolicy.cookieName] = cookie("", maxAge: 0)
        }
        if let anonymous = state.newAnonymousCSRF {
            response.cookies[SessionPolicy.anonymousCSRFCookie] = cookie(anonymous, maxAge: 3600)
        }
    }

    private func cookie(_ value: String, maxAge: Int) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/", isSecure: policy.secureCookies,
                          isHTTPOnly: true, sameSite: .lax)
    }
}
