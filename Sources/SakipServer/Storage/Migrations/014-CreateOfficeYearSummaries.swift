import FluentKit

/// Creates `office_year_summaries`: the computed figures of each office-year (``OfficeYearSummary``) that province
/// and national pages read instead of whole office-years, written with every change.
struct CreateOfficeYearSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeYearSummaryModel.schema)
            .id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("office_year_version", .int, .required)
            .field("engine_version", .int, .required)
            .field("json", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "office_year_id")
            .create()
        try await database.index("office_year_summaries_year_idx", on: OfficeYearSummaryModel.schema, columns: ["year", "office_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeYearSummaryModel.schema).delete()
    }
}
