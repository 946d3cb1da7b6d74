import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
import NIOPosix
import SakipCore
import SQLKit
import Testing
@testable import SakipServer

/// Everything a backup must give back: each office-year's file, each evidence file, the audit trail, the accounts.
struct StoredSnapshot: Equatable {
    var files: [String: String] = [:]
    var evidence: [String: Data] = [:]
    var trail: [String] = []
    var users: [String] = []

    static func take(_ store: OfficeYearStore) async throws -> StoredSnapshot {
        var snapshot = StoredSnapshot()
        for office in try await store.offices() {
            for year in try await store.years(officeCode: office.code) {
                guard let stored = try await store.stored(officeCode: office.code, year: year) else { continue }
                snapshot.files["\(office.code)-\(year)"] = OfficeYearWriter.write(stored.file)
                for file in try await store.evidence(officeYearID: stored.id) {
                    snapshot.evidence["\(office.code)-\(year)/\(file.owner.key)/\(file.fileName)"] =
                        try await store.evidenceFile(file.id, officeYearID: stored.id)?.data
                }
            }
        }
        snapshot.trail = try await AuditEntryModel.query(on: store.database).sort(\.$at).sort(\.$path).all()
            .map { "\($0.userName)|\($0.path)|\($0.before ?? "-")|\($0.after ?? "-")" }
        snapshot.users = try await UserModel.query(on: store.database).sort(\.$username).all().map { "\($0.username)|\($0.passwordHash)" }
        return snapshot
    }
}

/// A few office-years, an evidence file and an account: what a backup must carry.
func fillForBackup(_ store: OfficeYearStore) async throws {
    for name in ["asahan-2024-corrected", "pagaralam-2024"] { try await store.replace(try Seeds.load(name)) }
    let user = try await makeUser(store, "operator.asahan", role: .officeOperator, officeCode: "655921")
    let file = try Seeds.load("asahan-2024-corrected")
    let id = try #require(file.indicators.first { $0.kind == .percentage }?.id)
    try await store.saveRealisation(officeCode: "655921", year: 2024, indicatorId: id, quarter: .second, value: .percentage(77),
                                    by: actor("operator.asahan", user))
    try await store.addEvidence(officeCode: "655921", year: 2024, owner: .realisation(id, .second), fileName: "notulen rapat.pdf",
                                data: Data("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".utf8), by: actor("operator.asahan", user))
}

@Suite(.serialized) struct BackupTests {
    @Test func sqlite_backupWipeRestore_givesBackIdenticalData() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = folder.appendingPathComponent("sakip.sqlite").path
        let copy = folder.appendingPathComponent("cadangan.sqlite").path

        let before = try await onSQLiteFile(live, migrate: true) { store in
            try await fillForBackup(store)
            try await DatabaseBackup.backupSQLite(store.database, to: copy)
            // A change after the backup is not in it.
            try await store.change(officeCode: "655921", year: 2024, by: actor("uji")) { $0.source = "sesudah cadangan" }
            return try await StoredSnapshot.take(store)
        }
        #expect(throws: DatabaseBackup.Failure.self) { try DatabaseBackup.restoreSQLite(from: copy, to: live) }
        try FileManager.default.removeItem(atPath: live)
        try DatabaseBackup.restoreSQLite(from: copy, to: live)
        let after = try await onSQLiteFile(live, migrate: true) { try await StoredSnapshot.take($0) }

        #expect(after.files.count == 2)
        #expect(after.evidence.count == 1)
        #expect(after.evidence.values.first == Data("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".utf8))
        #expect(after.users == before.users)
        var expected = before
        expected.files["655921-2024"] = after.files["655921-2024"]
        expected.trail = after.trail
        #expect(after == expected)
        #expect(before.files["655921-2024"] != after.files["655921-2024"], "the change made after the backup is not restored")
        #expect(after.trail.count == before.trail.count - 1)
    }

    @Test(.enabled(if: TestBackend.postgresURL != nil, "SAKIP_TEST_POSTGRES_URL is not set"))
    func postgres_dumpWipeRestore_givesBackIdenticalData() async throws {
        let url = try #require(TestBackend.postgresURL)
        let schema = "b_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("\(schema).dump").path
        defer { try? FileManager.default.removeItem(atPath: dump) }

        let before = try await onPostgresSchema(url, schema, create: true) { store in
            try await fillForBackup(store)
            try DatabaseBackup.backupPostgres(url: url, to: dump, schema: schema)
            let snapshot = try await StoredSnapshot.take(store)
            try await (store.database as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            return snapshot
        }
        let after = try await onPostgresSchema(url, schema, create: false) { store in
            try await DatabaseBackup.restorePostgres(url: url, from: dump, schema: schema, into: store.database)
            let snapshot = try await StoredSnapshot.take(store)
            await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup.restorePostgres(url: url, from: dump, schema: schema, into: store.database)
            }
            try await (store.database as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
            return snapshot
        }

        #expect(after.files.count == 2)
        #expect(after.evidence.count == 1)
        #expect(after == before)
    }
}

private func onSQLiteFile<T>(_ path: String, migrate: Bool, _ body: (OfficeYearStore) async throws -> T) async throws -> T {
    let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
    databases.use(.sqlite(.file(path)), as: .sqlite)
    let database = databases.database(logger: Logger(label: "sakip.backup.tests"), on: MultiThreadedEventLoopGroup.singleton.any())!
    do {
        if migrate { for migration in StorageMigrations.all { try? await migration.prepare(on: database).get() } }
        let result = try await body(OfficeYearStore(database: database))
        await databases.shutdownAsync()
        return result
    } catch {
        await databases.shutdownAsync()
        throw error
    }
}

private func onPostgresSchema<T>(_ url: String, _ schema: String, create: Bool, _ body: (OfficeYearStore) async throws -> T) async throws -> T {
    let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
    var config = try SQLPostgresConfiguration(url: url)
    config.coreConfiguration.tls = .disable
    config.searchPath = [schema]
    databases.use(.postgres(configuration: config), as: .psql)
    let database = databases.database(logger: Logger(label: "sakip.backup.tests"), on: MultiThreadedEventLoopGroup.singleton.any())!
    do {
        if create {
            try await (database as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
            for migration in StorageMigrations.all { try await migration.prepare(on: database).get() }
        }
        let result = try await body(OfficeYearStore(database: database))
        await databases.shutdownAsync()
        return result
    } catch {
        await databases.shutdownAsync()
        throw error
    }
}
