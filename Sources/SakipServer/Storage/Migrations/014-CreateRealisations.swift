import FluentKit

/// Creates `realisations`, one value per indicator and quarter.
struct CreateRealisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RealisationModel.schema)
            .officeYearChild()
            .field("indicator_key", .string, .required)
            .field("quarter", .int, .required)
            .field("value", .string, .required)
            .field("explanation", .string)
            .field("evidence", .array(of: .string), .required)
            .field("entered_by_user_id", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("updated_at", .datetime)
            .unique(on: "office_year_id", "indicator_key", "quarter")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RealisationModel.schema).delete()
    }
}
