import FluentKit

/// Creates `office_year_documents`: the office-year file of each office-year.
struct CreateOfficeYearDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeYearDocumentModel.schema)
            .id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("json", .string, .required)
            .unique(on: "office_year_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeYearDocumentModel.schema).delete()
    }
}
