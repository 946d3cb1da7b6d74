import FluentKit

/// Creates `module_documents`, the election, logistics and binding modules of an office-year.
struct CreateModuleDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ModuleDocumentModel.schema)
            .officeYearChild()
            .field("module", .string, .required)
            .field("json", .string, .required)
            .create()
        try await database.indexOfficeYear(of: ModuleDocumentModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ModuleDocumentModel.schema).delete()
    }
}
