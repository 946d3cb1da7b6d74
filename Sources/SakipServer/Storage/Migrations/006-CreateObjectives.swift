import FluentKit

/// Creates `objectives`, the sasaran strategis of an office-year.
struct CreateObjectives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ObjectiveModel.schema)
            .officeYearChild()
            .field("key", .string, .required)
            .field("statement", .string, .required)
            .field("goal_key", .string)
            .create()
        try await database.indexOfficeYear(of: ObjectiveModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ObjectiveModel.schema).delete()
    }
}
