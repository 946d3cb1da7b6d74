import Fluent
import SakipCore
import Vapor

/// The signed-in user of a request, with the office chain needed for access decisions.
struct SessionUser: Sendable {
    var id: UUID
    var username: String
    var name: String
    var role: UserRole
    var officeCode: String?
    var officeName: String?
    /// The level of the user's office (KPU RI's evaluators review the national catalogue mapping).
    var officeLevel: Office.Level? = nil

    var viewer: Viewer {
        Viewer(name: name, role: role, officeName: officeName, mayMapCatalogue: CatalogueAccess.mayDecide(self))
    }
}

extension Request {
    /// The signed-in user, or nil (read with the session, no query of its own).
    func sessionUser() async throws -> SessionUser? {
        sessionState.current?.user
    }

    /// The signed-in user; a request without one is sent to the sign-in page.
    func requireUser() async throws -> SessionUser {
        guard let user = try await sessionUser() else { throw Abort.redirect(to: SiteURL.login.path) }
        return user
    }
}

extension Request {
    /// Starts a fresh session for a user who just signed in: a new random token, so that nothing a browser
    /// held before signing in is worth anything after it (no session fixation).
    func startNewSession(for user: SessionUser) async throws {
        if let old = sessionState.current { try await SessionStore.end(old.id, on: db) }
        let (current, token) = try await SessionStore.start(user: user, policy: sessionPolicy, on: db)
        sessionState.started(current, token: token)
    }
}

extension Request {
    /// The user as the audit trail records a change they make through this request.
    func actor(_ user: SessionUser) -> ChangeActor {
        ChangeActor(userID: user.id, name: user.name, via: "\(method.rawValue) \(url.path)")
    }
}
