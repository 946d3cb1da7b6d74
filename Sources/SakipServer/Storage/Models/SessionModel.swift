import FluentKit
import Foundation

/// A signed-in browser. Created only at sign-in; the cookie holds a random token of which only the
/// SHA-256 is stored, so that a copy of the database opens no session.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    /// The token every form of this session carries.
    @Field(key: "csrf_token") var csrfToken: String
    /// A message for the next page after a redirect.
    @OptionalField(key: "flash") var flash: String?

    init() {}
}
