import FluentKit
import Foundation
import SQLKit

/// Runs changes one at a time per office-year, on SQLite and on PostgreSQL alike, so that a
/// read-change-write never works on data another writer is replacing, and no writer fails with
/// "database is locked".
enum WriteTransaction {
    /// SQLite allows one writer per file: writers of this process queue here instead of spinning on the
    /// file lock (the busy timeout still covers other processes, such as a `sakip` command).
    static let sqliteWriters = AsyncLock()

    /// Runs `body` in a transaction that may write. On SQLite the transaction takes the write lock at its
    /// start (BEGIN IMMEDIATE); on PostgreSQL the body locks the rows it changes (``lock(officeYear:on:)``).
    static func run<T: Sendable>(on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard isSQLite(database) else { return try await database.transaction(body) }
        return try await sqliteWriters.run {
            try await database.withConnection { connection in
                let sql = connection as! any SQLDatabase
                try await sql.raw("PRAGMA busy_timeout = 10000").run()
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await body(connection)
                    try await sql.raw("COMMIT").run()
                    return result
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
        }
    }

    /// Locks an office-year's row until the transaction ends (PostgreSQL; SQLite's transaction holds the
    /// whole file already).
    static func lock(officeYear id: UUID, on database: any Database) async throws {
        guard !isSQLite(database), let sql = database as? any SQLDatabase else { return }
        try await sql.raw("SELECT id FROM office_years WHERE id = \(bind: id) FOR UPDATE").run()
    }

    static func isSQLite(_ database: any Database) -> Bool {
        (database as? any SQLDatabase)?.dialect.name == "sqlite"
    }
}
