import FluentKit

/// Creates `lke_versions`: the LKE versions KPU RI loaded, each kept forever by its content digest.
struct CreateLKEVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LKEVersionModel.schema)
            .id()
            .field("lke_id", .string, .required)
            .field("digest", .string, .required)
            .field("title", .string, .required)
            .field("first_year", .int, .required)
            .field("last_year", .int)
            .field("json", .string, .required)
            .field("active", .bool, .required)
            .field("loaded_at", .datetime, .required)
            .field("loaded_by_name", .string, .required)
            .unique(on: "digest")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LKEVersionModel.schema).delete()
    }
}
