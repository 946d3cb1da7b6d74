import FluentKit

/// Creates `indicators`, the indicator catalogue of an office-year.
struct CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorModel.schema)
            .officeYearChild()
            .field("key", .string, .required)
            .field("statement", .string, .required)
            .field("kind", .string, .required)
            .field("unit", .string)
            .field("scale", .string)
            .field("polarity", .string, .required)
            .field("lower_is_better_formula", .string)
            .field("iku", .bool, .required)
            .field("year_value", .string, .required)
            .field("definition", .string)
            .field("data_source", .string)
            .field("responsible_unit", .string)
            .create()
        try await database.indexOfficeYear(of: IndicatorModel.schema)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorModel.schema).delete()
    }
}
