import FluentKit

/// Creates `offices`, with the self-reference of the hierarchy RI → Provinsi → Kabupaten/Kota.
struct CreateOffices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeModel.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_id", .uuid, .references(OfficeModel.schema, .id, onDelete: .setNull))
            .field("parent_code", .string)
            .field("parent_name", .string)
            .field("province", .string)
            .field("address", .string)
            .field("phone", .string)
            .field("email", .string)
            .field("website", .string)
            .field("city", .string)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeModel.schema).delete()
    }
}
