import FluentKit

/// Creates `comments`, remarks of evaluators and reviewers on an office-year.
struct CreateComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CommentModel.schema)
            .id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id))
            .field("subject", .string, .required)
            .field("text", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.index("comments_office_year_id_idx", on: CommentModel.schema, columns: ["office_year_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CommentModel.schema).delete()
    }
}
