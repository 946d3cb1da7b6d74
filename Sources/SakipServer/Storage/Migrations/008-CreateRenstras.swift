import FluentKit

/// Creates `renstras`, the Renstra slice of an office-year.
struct CreateRenstras: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RenstraModel.schema)
            .officeYearChild()
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("decree", .string)
            .field("vision", .string)
            .field("missions", .array(of: .string), .required)
            .field("goals", .array(of: .json), .required)
            .field("policies", .array(of: .string), .required)
            .create()
        try await database.indexOfficeYear(of: RenstraModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RenstraModel.schema).delete()
    }
}
