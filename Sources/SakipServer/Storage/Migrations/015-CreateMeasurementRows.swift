import FluentKit

/// Creates `measurement_rows`, the measurement table as stated.
struct CreateMeasurementRows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeasurementRowModel.schema)
            .officeYearChild()
            .field("objective_key", .string)
            .field("indicator_key", .string, .required)
            .field("target", .string)
            .field("realisation", .string)
            .field("not_applicable_reason", .string)
            .field("printed_capaian", .string)
            .field("printed_category", .string)
            .create()
        try await database.indexOfficeYear(of: MeasurementRowModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeasurementRowModel.schema).delete()
    }
}
