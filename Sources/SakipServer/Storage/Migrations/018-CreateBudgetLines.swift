import FluentKit

/// Creates `budget_lines`, the DIPA tree (a line refers to its parent line).
struct CreateBudgetLines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BudgetLineModel.schema)
            .officeYearChild()
            .field("parent_id", .uuid, .references(BudgetLineModel.schema, .id, onDelete: .cascade))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("pagu", .string)
            .field("realisasi", .string)
            .field("printed_sisa", .string)
            .field("printed_persen", .string)
            .field("is_leaf", .bool, .required)
            .create()
        try await database.indexOfficeYear(of: BudgetLineModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BudgetLineModel.schema).delete()
    }
}
