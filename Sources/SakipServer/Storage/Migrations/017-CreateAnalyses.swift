import FluentKit

/// Creates `analyses`, the narrative per indicator.
struct CreateAnalyses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AnalysisModel.schema)
            .officeYearChild()
            .field("indicator_key", .string, .required)
            .field("actions", .string)
            .field("obstacles", .string)
            .field("solutions", .string)
            .create()
        try await database.indexOfficeYear(of: AnalysisModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AnalysisModel.schema).delete()
    }
}
