import FluentKit

/// Creates `office_years`, one row per office and year.
struct CreateOfficeYears: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OfficeYearModel.schema)
            .id()
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("source", .string)
            .field("lower_is_better_formula", .string, .required)
            .field("cap_above_100", .bool, .required)
            .field("category_bands", .array(of: .json), .required)
            .field("has_annual_plan", .bool, .required)
            .field("printed_office_capaian", .string)
            .field("printed_office_category", .string)
            .field("printed_total_pagu", .string)
            .field("printed_total_realisasi", .string)
            .field("printed_total_sisa", .string)
            .field("printed_total_persen", .string)
            .field("report_place", .string)
            .field("report_date", .string)
            .field("report_signatory_key", .string)
            .field("renstra_year_number", .int)
            .field("updated_at", .datetime)
            .unique(on: "office_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfficeYearModel.schema).delete()
    }
}
