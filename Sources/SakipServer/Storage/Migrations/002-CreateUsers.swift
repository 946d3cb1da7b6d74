import FluentKit

/// Creates `users`; a user outlives the office it belongs to (the link is cleared).
struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("office_id", .uuid, .references(OfficeModel.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}
