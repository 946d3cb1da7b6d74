import FluentKit

/// Creates `program_budgets`, the program budget rows of the RKT and of each PK revision.
struct CreateProgramBudgets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgramBudgetModel.schema)
            .officeYearChild()
            .field("agreement_id", .uuid, .references(AgreementModel.schema, .id, onDelete: .cascade))
            .field("code", .string)
            .field("name", .string, .required)
            .field("amount", .string, .required)
            .create()
        try await database.indexOfficeYear(of: ProgramBudgetModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgramBudgetModel.schema).delete()
    }
}
