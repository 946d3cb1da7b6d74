import FluentKit

/// Adds to each frozen version the summary of its office-year (``SakipCore/OfficeYearSummary``), so that
/// consolidation reads the accepted version's figures without decoding whole office-years.
struct AddVersionSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SubmissionVersionModel.schema).field("summary_json", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SubmissionVersionModel.schema).deleteField("summary_json").update()
    }
}
