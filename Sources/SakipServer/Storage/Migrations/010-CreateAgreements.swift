import FluentKit

/// Creates `agreements`, the PK revisions of both levels.
struct CreateAgreements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgreementModel.schema)
            .officeYearChild()
            .field("level", .string, .required)
            .field("revision", .int, .required)
            .field("signed_on", .string)
            .field("place", .string)
            .field("first_party", .json)
            .field("second_party", .json)
            .field("status", .string, .required)
            .field("signed_by_user_id", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("signed_at", .datetime)
            .unique(on: "office_year_id", "level", "revision")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgreementModel.schema).delete()
    }
}
