import FluentKit
import Foundation
import SQLKit

/// Consistent copies of the whole database while the application runs, and their restoration into an
/// empty database: SQLite through `VACUUM INTO` (SQLite's own online copy), PostgreSQL through
/// `pg_dump`/`pg_restore` in their custom format. Office-years, the audit trail, accounts and evidence
/// files are all in the database, so a copy holds everything.
public enum DatabaseBackup {
    /// A backup or restoration that could not be made, in Indonesian.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Copies an SQLite database to `path` (which must not exist) in one consistent read.
    public static func backupSQLite(_ database: any Database, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw Failure("berkas \(path) sudah ada; pilih nama lain") }
        guard let sql = database as? any SQLDatabase else { throw Failure("basis data bukan SQLite") }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    /// Puts an SQLite backup in place of a database file that does not exist yet (or is empty).
    public static func restoreSQLite(from backup: String, to path: String) throws {
        let manager = FileManager.default
        guard let header = manager.contents(atPath: backup)?.prefix(16), header == Data("SQLite format 3\0".utf8) else {
            throw Failure("\(backup) bukan cadangan SQLite e-SAKIP KPU")
        }
        if manager.fileExists(atPath: path) {
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 1
            guard size == 0 else {
                throw Failure("basis data \(path) sudah ada dan tidak kosong; pemulihan hanya ke basis data kosong (pindahkan atau hapus berkas itu dahulu)")
            }
            try manager.removeItem(atPath: path)
        }
        for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: path + suffix) { try manager.removeItem(atPath: path + suffix) }
        try manager.copyItem(atPath: backup, toPath: path)
    }

    /// Dumps a PostgreSQL database (or one schema of it) to `path` with `pg_dump`.
    public static func backupPostgres(url: String, to path: String, schema: String? = nil) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw Failure("berkas \(path) sudah ada; pilih nama lain") }
        var arguments = ["--format=custom", "--no-owner", "--no-privileges", "--file=\(path)", "--dbname=\(url)"]
        if let schema { arguments.append("--schema=\(schema)") }
        try run("pg_dump", arguments)
    }

    /// Restores a `pg_dump` backup into a PostgreSQL database (or schema) that holds no tables yet.
    public static func restorePostgres(url: String, from path: String, schema: String? = nil, into database: any Database) async throws {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure("berkas \(path) tidak ada") }
        guard let sql = database as? any SQLDatabase else { throw Failure("basis data bukan PostgreSQL") }
        let query: SQLQueryString = schema.map { "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = \(bind: $0)" }
            ?? "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()"
        let tables = try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
        guard tables == 0 else {
            throw Failure("basis data tujuan sudah berisi \(tables) tabel; pemulihan hanya ke basis data kosong")
        }
        try run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname=\(url)", path])
    }

    /// Runs a PostgreSQL client program, found on PATH or in Debian's versioned folders.
    static func run(_ program: String, _ arguments: [String]) throws {
        guard let executable = locate(program) else {
            throw Failure("\(program) tidak ditemukan; pasang klien PostgreSQL (paket postgresql-client) yang versinya sama dengan server")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure("\(program) gagal (kode \(process.terminationStatus)): \(text)")
        }
    }

    static func locate(_ program: String) -> String? {
        let manager = FileManager.default
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where manager.isExecutableFile(atPath: "\(folder)/\(program)") {
            return "\(folder)/\(program)"
        }
        let versions = (try? manager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: >) where manager.isExecutableFile(atPath: "/usr/lib/postgresql/\(version)/bin/\(program)") {
            return "/usr/lib/postgresql/\(version)/bin/\(program)"
        }
        return nil
    }
}
