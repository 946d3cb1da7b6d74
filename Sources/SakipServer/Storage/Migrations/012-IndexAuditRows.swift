import FluentKit
import SQLKit

/// Indexes the audit trail by office-year, table and field path, so that "diubah oleh … pada …" reads the newest
/// change of each field without reading the whole history.
struct IndexAuditRows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.index("audit_entries_row_idx", on: AuditEntryModel.schema, columns: ["office_year_id", "table_name", "path", "at"])
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "audit_entries_row_idx").run()
    }
}
