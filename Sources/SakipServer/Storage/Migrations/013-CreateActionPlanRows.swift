import FluentKit

/// Creates `action_plan_rows`, the RAK.
struct CreateActionPlanRows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ActionPlanRowModel.schema)
            .officeYearChild()
            .field("indicator_key", .string, .required)
            .field("q1", .string)
            .field("q2", .string)
            .field("q3", .string)
            .field("q4", .string)
            .create()
        try await database.indexOfficeYear(of: ActionPlanRowModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionPlanRowModel.schema).delete()
    }
}
