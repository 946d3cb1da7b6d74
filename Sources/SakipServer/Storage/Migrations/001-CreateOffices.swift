import FluentKit

/// Creates `offices`, with the self-reference of the hierarchy RI → Provinsi → Kabupaten/Kota.
struct CreateOffices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeModel.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_id", .uuid, .references(OfficeModel.schema, .id, onDelete: .restrict))
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.index("offices_parent_id_idx", on: OfficeModel.schema, columns: ["parent_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeModel.schema).delete()
    }
}
