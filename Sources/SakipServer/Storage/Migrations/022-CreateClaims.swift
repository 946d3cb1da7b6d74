import FluentKit

/// Creates `claims`, figures a document states outside its main tables.
struct CreateClaims: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ClaimModel.schema)
            .officeYearChild()
            .field("location", .string, .required)
            .field("text", .string)
            .field("indicator_key", .string)
            .field("budget_code", .string)
            .field("label", .string)
            .field("target", .string)
            .field("realisation", .string)
            .field("capaian", .string)
            .field("category", .string)
            .field("pagu", .string)
            .field("realisasi", .string)
            .field("sisa", .string)
            .field("persen", .string)
            .field("count", .int)
            .field("count_of", .string)
            .create()
        try await database.indexOfficeYear(of: ClaimModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ClaimModel.schema).delete()
    }
}
