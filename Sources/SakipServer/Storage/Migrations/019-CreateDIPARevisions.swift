import FluentKit

/// Creates `dipa_revisions`, the revisions of the DIPA.
struct CreateDIPARevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DIPARevisionModel.schema)
            .officeYearChild()
            .field("number", .int, .required)
            .field("label", .string)
            .field("reference", .string)
            .field("date", .string, .required)
            .field("total", .string)
            .field("note", .string)
            .create()
        try await database.indexOfficeYear(of: DIPARevisionModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DIPARevisionModel.schema).delete()
    }
}
