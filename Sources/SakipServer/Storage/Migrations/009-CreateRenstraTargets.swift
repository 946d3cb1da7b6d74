import FluentKit

/// Creates `renstra_targets`, the Renstra's yearly targets per indicator.
struct CreateRenstraTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RenstraTargetModel.schema)
            .officeYearChild()
            .field("objective_key", .string)
            .field("indicator_key", .string, .required)
            .field("year", .int)
            .field("value", .string)
            .create()
        try await database.indexOfficeYear(of: RenstraTargetModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RenstraTargetModel.schema).delete()
    }
}
