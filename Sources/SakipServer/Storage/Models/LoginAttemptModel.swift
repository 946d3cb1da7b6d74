import FluentKit
import Foundation

/// A sign-in attempt not (yet) known to have succeeded, counted per account and address and per address
/// alone, in the database so that every application instance counts the same attempts.
final class LoginAttemptModel: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    /// "akun:operator.asahan|10.0.0.7" or "alamat:10.0.0.7".
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
