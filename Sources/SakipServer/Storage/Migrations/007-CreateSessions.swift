import FluentKit

/// Creates `sessions`: signed-in browsers, removed with their user.
struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("csrf_token", .string, .required)
            .field("flash", .string)
            .unique(on: "token_hash")
            .create()
        try await database.index("sessions_user_id_idx", on: SessionModel.schema, columns: ["user_id"])
        try await database.index("sessions_last_seen_idx", on: SessionModel.schema, columns: ["last_seen_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionModel.schema).delete()
    }
}
