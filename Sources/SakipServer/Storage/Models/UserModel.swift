import FluentKit
import Foundation

/// A person who signs in. Operators and leaders belong to one office; national admins to none.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Unique sign-in name.
    @Field(key: "username") public var username: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "name") public var name: String
    /// `UserRole` raw value.
    @Field(key: "role") public var role: String
    @OptionalParent(key: "office_id") public var office: OfficeModel?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, username: String, passwordHash: String, name: String, role: UserRole, officeID: UUID? = nil) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.name = name
        self.role = role.rawValue
        self.$office.id = officeID
    }

    /// The role, nil when the stored text is not a known role.
    public var userRole: UserRole? { UserRole(rawValue: role) }
}
