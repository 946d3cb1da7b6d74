import FluentKit

/// Creates `budget_months`, the monthly realisation per budget line.
struct CreateBudgetMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BudgetMonthModel.schema)
            .officeYearChild()
            .field("code", .string, .required)
            .field("months", .array(of: .string), .required)
            .create()
        try await database.indexOfficeYear(of: BudgetMonthModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BudgetMonthModel.schema).delete()
    }
}
