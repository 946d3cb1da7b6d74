import FluentKit

/// Creates `grants`, regional grants with their tranches.
struct CreateGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GrantModel.schema)
            .officeYearChild()
            .field("name", .string, .required)
            .field("agreement", .string)
            .field("total", .string, .required)
            .field("realisasi", .string)
            .field("tranches", .array(of: .json), .required)
            .create()
        try await database.indexOfficeYear(of: GrantModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GrantModel.schema).delete()
    }
}
