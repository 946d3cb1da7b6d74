import FluentKit

/// Creates `login_attempts`, the sign-in throttle's counter.
struct CreateLoginAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttemptModel.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.index("login_attempts_key_idx", on: LoginAttemptModel.schema, columns: ["key", "at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginAttemptModel.schema).delete()
    }
}
