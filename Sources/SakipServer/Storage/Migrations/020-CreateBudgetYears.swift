import FluentKit

/// Creates `budget_years`, earlier years' budget.
struct CreateBudgetYears: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BudgetYearModel.schema)
            .officeYearChild()
            .field("year", .int, .required)
            .field("pagu", .string, .required)
            .field("realisasi", .string, .required)
            .field("printed_persen", .string)
            .create()
        try await database.indexOfficeYear(of: BudgetYearModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BudgetYearModel.schema).delete()
    }
}
