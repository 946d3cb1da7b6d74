import FluentKit

/// Creates `office_years`, one row per office and year, with its version.
struct CreateOfficeYears: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeYearModel.schema)
            .id()
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("digest", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by_id", .uuid)
            .field("updated_by_name", .string, .required)
            .unique(on: "office_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeYearModel.schema).delete()
    }
}
