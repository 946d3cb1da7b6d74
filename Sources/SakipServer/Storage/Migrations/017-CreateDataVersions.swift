import FluentKit
import Foundation
import SQLKit

/// Creates `data_versions`: a counter per kind of derived page that the database itself moves on every change of
/// the tables the page reads (triggers), so that a page kept in one process is never served after any instance,
/// command or tool changed its data. Its `epoch` is random per database: a restored or another database never
/// matches a page kept from this one at the same count.
struct CreateDataVersions: AsyncMigration {
    /// What consolidation reads (``OfficeYearStore/consolidationInput(_:years:today:)``). Office-years themselves
    /// are left out: every change of one rewrites its summary after the commit, and counting inside the
    /// office-year's own transaction would make all offices' writers wait on one row.
    static let consolidationTables = ["offices", "office_year_summaries", "submissions", "submission_versions",
                                      "submission_deadlines", "catalogue_decisions"]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            CREATE TABLE data_versions (name VARCHAR(64) PRIMARY KEY, epoch VARCHAR(64) NOT NULL, version BIGINT NOT NULL)
            """).run()
        try await sql.raw("""
            INSERT INTO data_versions (name, epoch, version) VALUES (\(bind: DataVersion.consolidation), \(bind: UUID().uuidString), 0)
            """).run()
        if sql.dialect.name == "sqlite" {
            // SQLite has one writer at a time: counting in the statement's own transaction waits on nobody.
            for table in Self.consolidationTables {
                for action in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_counts_\(unsafeRaw: action.lowercased()) AFTER \(unsafeRaw: action) ON \(unsafeRaw: table)
                        BEGIN UPDATE data_versions SET version = version + 1 WHERE name = 'consolidation'; END
                        """).run()
                }
            }
        } else {
            // Deferred to the commit, so that the counter's row is locked last and only for the commit: transactions
            // never wait on it while holding other rows (no deadlock), and readers see the new count with the data.
            try await sql.raw("""
                CREATE FUNCTION data_versions_count_consolidation() RETURNS trigger AS $$
                BEGIN UPDATE data_versions SET version = version + 1 WHERE name = 'consolidation'; RETURN NULL; END; $$ LANGUAGE plpgsql
                """).run()
            for table in Self.consolidationTables {
                try await sql.raw("""
                    CREATE CONSTRAINT TRIGGER \(unsafeRaw: table)_counts AFTER INSERT OR UPDATE OR DELETE ON \(unsafeRaw: table)
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_count_consolidation()
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            for table in Self.consolidationTables {
                for action in ["insert", "update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_counts_\(unsafeRaw: action)").run()
                }
            }
        } else {
            for table in Self.consolidationTables {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_counts ON \(unsafeRaw: table)").run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS data_versions_count_consolidation()").run()
        }
        try await sql.raw("DROP TABLE data_versions").run()
    }
}
