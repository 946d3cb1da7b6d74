import FluentKit

/// Creates `evaluations`: one evaluation document per office and performance year, with its version and summary.
struct CreateEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvaluationModel.schema)
            .id()
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("state", .string, .required)
            .field("lke_id", .string, .required)
            .field("lke_digest", .string, .required)
            .field("self_score", .string)
            .field("score", .string)
            .field("predikat", .string)
            .field("json", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by_name", .string, .required)
            .unique(on: "office_id", "year")
            .create()
        try await database.index("evaluations_year_idx", on: EvaluationModel.schema, columns: ["year"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EvaluationModel.schema).delete()
    }
}
