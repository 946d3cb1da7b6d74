import FluentKit
import SQLKit

/// Creates `audit_entries` and makes it append-only in the database itself: an UPDATE or DELETE is
/// refused by a trigger, whatever code or tool issues it.
struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("at", .datetime, .required)
            .field("office_id", .uuid)
            .field("office_year_id", .uuid)
            .field("version", .int)
            .field("user_id", .uuid)
            .field("user_name", .string, .required)
            .field("via", .string, .required)
            .field("table_name", .string, .required)
            .field("row_key", .string, .required)
            .field("field", .string, .required)
            .field("path", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
        try await database.index("audit_entries_office_year_idx", on: AuditEntryModel.schema, columns: ["office_year_id", "version"])
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            for action in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_entries_no_\(unsafeRaw: action.lowercased()) BEFORE \(unsafeRaw: action) ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'jejak perubahan hanya dapat ditambah'); END
                    """).run()
            }
        } else {
            try await sql.raw("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'jejak perubahan hanya dapat ditambah'; END; $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
        if let sql = database as? any SQLDatabase, sql.dialect.name != "sqlite" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_entries_append_only()").run()
        }
    }
}
