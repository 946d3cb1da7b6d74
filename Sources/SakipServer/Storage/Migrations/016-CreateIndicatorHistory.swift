import FluentKit

/// Creates `indicator_history`, earlier years as stated.
struct CreateIndicatorHistory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorHistoryModel.schema)
            .officeYearChild()
            .field("indicator_key", .string, .required)
            .field("year", .int, .required)
            .field("target", .string)
            .field("realisation", .string)
            .field("capaian", .string)
            .create()
        try await database.indexOfficeYear(of: IndicatorHistoryModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorHistoryModel.schema).delete()
    }
}
