import FluentKit

/// Creates `evidence_files`: uploaded evidence, going with its office-year.
struct CreateEvidenceFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceFileModel.schema)
            .id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("owner_kind", .string, .required)
            .field("owner_key", .string, .required)
            .field("file_name", .string, .required)
            .field("file_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_at", .datetime, .required)
            .field("uploaded_by_name", .string, .required)
            .create()
        try await database.index("evidence_files_owner_idx", on: EvidenceFileModel.schema, columns: ["office_year_id", "owner_kind", "owner_key"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EvidenceFileModel.schema).delete()
    }
}
