import FluentKit
import Foundation
import SakipCore
import SQLKit
import Vapor

/// Sessions in the database: found by the hash of the cookie's token, created only at sign-in, ended at
/// sign-out, on a password change or reset (the user's other sessions), and when idle or old.
enum SessionStore {
    /// The session of a cookie token with its user and the user's office, in one query; nil when unknown.
    static func find(token: String, on db: any Database) async throws -> (current: SessionState.Current, flash: String?)? {
        let sql = db as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT s.id AS id, s.user_id AS user_id, s.created_at AS created_at, s.last_seen_at AS last_seen_at,
                   s.csrf_token AS csrf_token, s.flash AS flash, u.username AS username, u.name AS name, u.role AS role,
                   o.code AS office_code, o.name AS office_name, o.level AS office_level
            FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN offices o ON o.id = u.office_id
            WHERE s.token_hash = \(bind: SessionTokens.hash(token))
            """).first(),
              let role = UserRole(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
        let user = SessionUser(id: try row.decode(column: "user_id", as: UUID.self), username: try row.decode(column: "username", as: String.self),
                               name: try row.decode(column: "name", as: String.self), role: role,
                               officeCode: try row.decode(column: "office_code", as: String?.self),
                               officeName: try row.decode(column: "office_name", as: String?.self),
                               officeLevel: try row.decode(column: "office_level", as: String?.self).flatMap(Office.Level.init(rawValue:)))
        let current = SessionState.Current(id: try row.decode(column: "id", as: UUID.self), user: user,
                                           csrf: try row.decode(column: "csrf_token", as: String.self),
                                           createdAt: try row.decode(column: "created_at", as: Date.self),
                                           lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self))
        return (current, try row.decode(column: "flash", as: String?.self))
    }

    /// Starts a session for a user; returns it and the cookie token. Ended and expired sessions of
    /// everyone are cleaned up on the way (sign-ins are rare enough to carry that work).
    static func start(user: SessionUser, policy: SessionPolicy, on db: any Database) async throws -> (SessionState.Current, String) {
        try await removeExpired(policy: policy, on: db)
        let token = SessionTokens.random()
        let now = Date()
        let model = SessionModel()
        model.id = UUID()
        model.tokenHash = SessionTokens.hash(token)
        model.$user.id = user.id
        model.createdAt = now
        model.lastSeenAt = now
        model.csrfToken = SessionTokens.random()
        try await model.create(on: db)
        return (SessionState.Current(id: try model.requireID(), user: user, csrf: model.csrfToken, createdAt: now, lastSeenAt: now), token)
    }

    static func end(_ id: UUID, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$id == id).delete()
    }

    /// Ends every session of a user but `kept` (the one changing its own password).
    static func endAll(userID: UUID, except kept: UUID? = nil, on db: any Database) async throws {
        var query = SessionModel.query(on: db).filter(\.$user.$id == userID)
        if let kept { query = query.filter(\.$id != kept) }
        try await query.delete()
    }

    static func removeExpired(policy: SessionPolicy, now: Date = Date(), on db: any Database) async throws {
        try await SessionModel.query(on: db).group(.or) { either in
            either.filter(\.$lastSeenAt < now.addingTimeInterval(-policy.idle))
                .filter(\.$createdAt < now.addingTimeInterval(-policy.absolute))
        }.delete()
    }

    /// Writes back activity and the flash message in one statement, only when something changed.
    static func save(_ id: UUID, touch: Date?, flash: (changed: Bool, value: String?), on db: any Database) async throws {
        guard touch != nil || flash.changed else { return }
        var query = SessionModel.query(on: db).filter(\.$id == id)
        if let touch { query = query.set(\.$lastSeenAt, to: touch) }
        if flash.changed { query = query.set(\.$flash, to: flash.value) }
        try await query.update()
    }
}
