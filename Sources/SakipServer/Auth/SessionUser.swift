import Fluent
import Vapor

/// The signed-in user of a request, with the office chain needed for access decisions.
struct SessionUser: Sendable {
    var id: UUID
    var username: String
    var name: String
    var role: UserRole
    var officeCode: String?
    var officeName: String?

    var viewer: Viewer { Viewer(name: name, role: role, officeName: officeName) }
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

    /// The office named in the path, the user, and what the user may do there. A user without read
    /// access gets 403 and learns nothing about the office's data.
    func officeAccess() async throws -> (user: SessionUser, office: OfficeModel, year: Int, access: Access) {
        let user = try await requireUser()
        guard let code = parameters.get("office"), let yearText = parameters.get("year") else { throw Abort(.badRequest) }
        guard let year = Int(yearText) else { throw Abort(.notFound, reason: "Tahun \"\(yearText)\" tidak dikenal.") }
        guard let office = try await OfficeModel.query(on: db).filter(\.$code == code).first() else {
            throw Abort(.notFound, reason: "Kantor dengan kode \(code) tidak ditemukan.")
        }
        let access = AccessPolicy.access(role: user.role, userOffice: user.officeCode, target: code,
                                         ancestors: try await ancestors(of: office))
        guard access.read else { throw Abort(.forbidden, reason: "Anda tidak berwenang membuka data kantor ini.") }
        return (user, office, year, access)
    }

    /// Codes of the offices above an office, nearest first.
    func ancestors(of office: OfficeModel) async throws -> [String] {
        var codes: [String] = []
        var parentID = office.$parent.id
        while let id = parentID, codes.count < 5, let parent = try await OfficeModel.find(id, on: db) {
            codes.append(parent.code)
            parentID = parent.$parent.id
        }
        return codes
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
