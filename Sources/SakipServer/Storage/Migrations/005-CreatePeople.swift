import FluentKit

/// Creates `people`, the commissioners and staff of an office-year.
struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema)
            .officeYearChild()
            .field("key", .string, .required)
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("nip", .string)
            .field("employment", .string)
            .field("rank", .string)
            .field("grade", .string)
            .field("position_title", .string)
            .field("education", .string)
            .field("division", .string)
            .field("regions", .array(of: .string), .required)
            .create()
        try await database.indexOfficeYear(of: PersonModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).delete()
    }
}
