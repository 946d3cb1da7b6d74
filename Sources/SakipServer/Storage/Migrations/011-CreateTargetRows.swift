import FluentKit

/// Creates `target_rows`, the rows of the RKT (no agreement) and of each PK revision.
struct CreateTargetRows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TargetRowModel.schema)
            .officeYearChild()
            .field("agreement_id", .uuid, .references(AgreementModel.schema, .id, onDelete: .cascade))
            .field("objective_key", .string)
            .field("indicator_key", .string, .required)
            .field("target", .string, .required)
            .field("activity_target", .string)
            .create()
        try await database.indexOfficeYear(of: TargetRowModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TargetRowModel.schema).delete()
    }
}
