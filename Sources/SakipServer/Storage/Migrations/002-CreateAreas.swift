import FluentKit

/// Creates `areas`, the kecamatan of an office.
struct CreateAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AreaModel.schema)
            .id()
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("villages", .array(of: .string), .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AreaModel.schema).delete()
    }
}
