import FluentKit
import SQLKit

/// Indexes the audit trail by table and moment, so that a page listing the latest changes of a table kept outside
/// office-years (the catalogue decisions KPU RI confirms) reads only those, newest first, without sorting the history.
struct IndexAuditTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.index("audit_entries_table_at_idx", on: AuditEntryModel.schema, columns: ["table_name", "at"])
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "audit_entries_table_at_idx").run()
    }
}
