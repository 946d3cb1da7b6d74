import FluentKit

/// Creates the submission and verification of PK and LKj (issue 13): one row per office-year and document with
/// its state, the frozen versions, every transition, the notes pinned to places, and the deadlines KPU RI sets.
struct CreateSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SubmissionModel.schema)
            .id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("office_id", .uuid, .required, .references(OfficeModel.schema, .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("document", .string, .required)
            .field("state", .string, .required)
            .field("current_version", .int)
            .field("accepted_version", .int)
            .field("first_submitted_on", .string)
            .field("days_late", .int)
            .field("updated_at", .datetime, .required)
            .unique(on: "office_year_id", "document")
            .create()
        try await database.index("submissions_office_year_idx", on: SubmissionModel.schema, columns: ["office_id", "year"])

        try await database.schema(SubmissionVersionModel.schema)
            .id()
            .field("submission_id", .uuid, .required, .references(SubmissionModel.schema, .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("office_year_version", .int, .required)
            .field("digest", .string, .required)
            .field("json", .string, .required)
            .field("document_docx", .data)
            .field("created_at", .datetime, .required)
            .field("created_by_name", .string, .required)
            .unique(on: "submission_id", "number")
            .create()

        try await database.schema(SubmissionEventModel.schema)
            .id()
            .field("submission_id", .uuid, .required, .references(SubmissionModel.schema, .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("on_day", .string, .required)
            .field("user_id", .uuid)
            .field("user_name", .string, .required)
            .field("action", .string, .required)
            .field("from_state", .string, .required)
            .field("to_state", .string, .required)
            .field("version", .int)
            .field("note", .string)
            .create()
        try await database.index("submission_events_submission_idx", on: SubmissionEventModel.schema, columns: ["submission_id", "at"])

        try await database.schema(SubmissionNoteModel.schema)
            .id()
            .field("submission_id", .uuid, .required, .references(SubmissionModel.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .references(SubmissionEventModel.schema, .id, onDelete: .cascade))
            .field("place_kind", .string, .required)
            .field("place_key", .string, .required)
            .field("place_label", .string, .required)
            .field("text", .string, .required)
            .field("at", .datetime, .required)
            .field("author_name", .string, .required)
            .field("answer", .string)
            .field("answered_at", .datetime)
            .field("answered_by_name", .string)
            .create()
        try await database.index("submission_notes_submission_idx", on: SubmissionNoteModel.schema, columns: ["submission_id"])

        try await database.schema(SubmissionDeadlineModel.schema)
            .id()
            .field("year", .int, .required)
            .field("document", .string, .required)
            .field("due_on", .string, .required)
            .field("set_at", .datetime, .required)
            .field("set_by_name", .string, .required)
            .unique(on: "year", "document")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [SubmissionDeadlineModel.schema, SubmissionNoteModel.schema, SubmissionEventModel.schema,
                       SubmissionVersionModel.schema, SubmissionModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
