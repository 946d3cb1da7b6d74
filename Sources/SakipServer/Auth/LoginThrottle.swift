import FluentKit
import Foundation

/// Slows password guessing, in the database so that every application instance counts the same attempts.
/// An attempt is recorded BEFORE its password is checked and the check runs only while the recorded
/// attempts in the window stay within the limit, so parallel guesses never get more than `limit` checks.
/// Limits: `limit` per account and address, ten times that per address (many accounts from one place).
struct LoginThrottle: Sendable {
    let limit: Int
    let window: TimeInterval

    /// An admitted attempt, to be cleared when it succeeds.
    struct Attempt: Sendable {
        let accountKey: String
        let addressRowID: UUID?
    }

    enum Decision: Sendable {
        case check(Attempt)
        /// Seconds until another attempt is allowed.
        case wait(TimeInterval)
    }

    func admit(username: String, address: String, on db: any Database, now: Date = Date()) async throws -> Decision {
        let accountKey = "akun:\(username.lowercased().prefix(100))|\(address)"
        let addressKey = "alamat:\(address)"
        let account = LoginAttemptModel(key: accountKey, at: now)
        let place = LoginAttemptModel(key: addressKey, at: now)
        try await [account, place].create(on: db)
        let since = now.addingTimeInterval(-window)
        try await LoginAttemptModel.query(on: db).filter(\.$key ~~ [accountKey, addressKey]).filter(\.$at < since).delete()
        for (key, allowed) in [(accountKey, limit), (addressKey, limit * 10)] {
            let recent = try await LoginAttemptModel.query(on: db).filter(\.$key == key).filter(\.$at >= since).sort(\.$at).all()
            if recent.count > allowed, let oldest = recent.first {
                return .wait(Swift.max(window - now.timeIntervalSince(oldest.at), 1))
            }
        }
        return .check(Attempt(accountKey: accountKey, addressRowID: place.id))
    }

    /// A successful sign-in clears the account's failures and does not count against its address.
    func succeeded(_ attempt: Attempt, on db: any Database) async throws {
        try await LoginAttemptModel.query(on: db).filter(\.$key == attempt.accountKey).delete()
        if let id = attempt.addressRowID { try await LoginAttemptModel.query(on: db).filter(\.$id == id).delete() }
    }
}
