import ArgumentParser
import Fluent
import Foundation
import SakipServer
import Vapor

/// `sakip backup FILE`: a consistent copy of the whole database while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Membuat cadangan utuh basis data (SQLite: salinan daring; PostgreSQL: pg_dump) ke BERKAS, selagi aplikasi berjalan."
    )

    @ArgumentParser.Argument(help: "Berkas cadangan yang dibuat (belum boleh ada).") var file: String

    func run() async throws {
        let config = try configFromEnvironment()
        switch config.storage {
        case .postgres(let url):
            try attempt { try DatabaseBackup.backupPostgres(url: url, to: file) }
        case .sqliteFile, .sqliteMemory:
            let app = try await makeApplication(config: config)
            do { try await DatabaseBackup.backupSQLite(app.db, to: file) } catch {
                try await app.asyncShutdown()
                try attempt { throw error }
            }
            try await app.asyncShutdown()
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print("Cadangan dibuat: \(file) (\(size / 1024) KB).")
    }
}

/// `sakip restore FILE`: brings a backup back into an empty database.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Memulihkan cadangan dari BERKAS ke basis data yang masih kosong (SAKIP_DB_PATH atau DATABASE_URL)."
    )

    @ArgumentParser.Argument(help: "Berkas cadangan dari `sakip backup`.") var file: String

    func run() async throws {
        var config = try configFromEnvironment()
        switch config.storage {
        case .postgres(let url):
            config.runMigrations = false
            let bare = try await makeApplication(config: config)
            do {
                try await DatabaseBackup.restorePostgres(url: url, from: file, into: bare.db)
            } catch {
                try await bare.asyncShutdown()
                try attempt { throw error }
            }
            try await bare.asyncShutdown()
            config.runMigrations = true
        case .sqliteFile(let path):
            try attempt { try DatabaseBackup.restoreSQLite(from: file, to: path) }
        case .sqliteMemory:
            printError("Pemulihan memerlukan berkas SQLite (SAKIP_DB_PATH) atau DATABASE_URL.")
            throw ExitCode(2)
        }
        let app = try await makeApplication(config: config)
        let offices = try await OfficeModel.query(on: app.db).count()
        let years = try await OfficeYearModel.query(on: app.db).count()
        let files = try await EvidenceFileModel.query(on: app.db).count()
        let trail = try await AuditEntryModel.query(on: app.db).count()
        try await app.asyncShutdown()
        print("Cadangan dipulihkan: \(offices) kantor, \(years) tahun data, \(files) berkas bukti, \(trail) catatan jejak perubahan.")
    }
}

private func configFromEnvironment() throws -> AppConfig {
    do { return try AppConfig.fromEnvironment() } catch let error as ConfigError {
        printError(error.description)
        throw ExitCode(2)
    }
}

/// Runs a step whose failure is told to the user in Indonesian with exit code 1.
private func attempt(_ body: () throws -> Void) throws {
    do { try body() } catch let failure as DatabaseBackup.Failure {
        printError("Gagal: \(failure.description)")
        throw ExitCode(1)
    } catch let error as DatabaseError {
        printError("Gagal: basis data menolak perintah: \(error)")
        throw ExitCode(1)
    }
}
