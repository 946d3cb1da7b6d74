import Fluent
import Vapor

/// The signed-in user of a request, with the office chain needed for access decisions.
struct SessionUser: Authenticatable {
    static let sessionKey = "user"

    var id: UUID
    var username: String
    var name: String
    var role: UserRole
    var officeCode: String?
    var officeName: String?

    var viewer: Viewer { Viewer(name: name, role: role, officeName: officeName) }
}

extension Request {
    /// The signed-in user, or nil.
    func sessionUser() async throws -> SessionUser? {
        guard let idText = session.data[SessionUser.sessionKey], let id = UUID(uuidString: idText),
              let user = try await UserModel.query(on: db).filter(\.$id == id).with(\.$office).first(),
              let role = UserRole(rawValue: user.role) else { return nil }
        return SessionUser(id: try user.requireID(), username: user.username, name: user.name, role: role,
                           officeCode: user.office?.code, officeName: user.office?.name)
    }

    /// The signed-in user; a request without one is sent to the sign-in page.
    func requireUser() async throws -> SessionUser {
        guard let user = try await sessionUser() else { throw Abort.redirect(to: SiteURL.login.path) }
        return user
    }
}

extension Request {
    /// Drops the stored session and starts a fresh one for `userID`: the id the browser held before
    /// signing in is worthless after it (no session fixation).
    func startNewSession(userID: UUID) async throws {
        if let old = session.id {
            try await application.sessions.driver.deleteSession(old, for: self).get()
        }
        session.id = nil
        session.data = SessionData()
        session.data[SessionUser.sessionKey] = userID.uuidString
    }
}
