import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
import NIOPosix
import SakipCore
import Testing
@testable import SakipServer

/// The database a store test runs on.
enum TestBackend: String, Sendable, CustomStringConvertible {
    case sqlite, postgres

    var description: String { rawValue }

    /// `SAKIP_TEST_POSTGRES_URL`, e.g. postgres://sakip:sakip@127.0.0.1:5432/sakip_test; nil when unset or empty.
    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["SAKIP_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }
}

/// Runs `body` on a fresh, migrated database: SQLite in memory, or a new schema of the PostgreSQL test
/// database (dropped afterwards), so that tests can run in parallel.
func withStore(_ backend: TestBackend, _ body: (OfficeYearStore) async throws -> Void) async throws {
    let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
    var schema: String?
    switch backend {
    case .sqlite:
        databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres:
        let url = try #require(TestBackend.postgresURL, "SAKIP_TEST_POSTGRES_URL is not set")
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        var config = try SQLPostgresConfiguration(url: url)
        // A local test server usually has a self-signed certificate; use TLS only when the URL asks for it.
        if !["sslmode", "tlsmode", "ssl", "tls"].contains(where: { url.lowercased().contains("\($0)=") }) {
            config.coreConfiguration.tls = .disable
        }
        config.searchPath = [name]
        databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: PostgresPool.maxConnectionsPerEventLoop,
                                connectionPoolTimeout: PostgresPool.connectionRequestTimeout), as: .psql)
        schema = name
    }
    let logger = Logger(label: "sakip.storage.tests")
    let database = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!
    do {
        if let schema { try await (database as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run() }
        for migration in StorageMigrations.all { try await migration.prepare(on: database).get() }
        try await body(OfficeYearStore(database: database))
    } catch {
        await tearDown(databases, database, schema)
        throw error
    }
    await tearDown(databases, database, schema)
}

private func tearDown(_ databases: Databases, _ database: any Database, _ schema: String?) async {
    if let schema { try? await (database as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run() }
    await databases.shutdownAsync()
}

/// The seed fixtures, read with the core reader.
enum Seeds {
    static let names = ["asahan-2024", "asahan-2024-corrected", "pagaralam-2024", "pagaralam-2024-corrected",
                        "pematangsiantar-2024", "pematangsiantar-2024-corrected"]

    static func load(_ name: String) throws -> OfficeYear {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seeds/\(name).json")
        return try OfficeYearReader.read(contentsOf: url).officeYear
    }
}

/// A user to act as, stored so that foreign keys hold.
func makeUser(_ store: OfficeYearStore, _ username: String, role: UserRole, officeCode: String? = nil) async throws -> UUID {
    var officeID: UUID?
    if let officeCode { officeID = try await store.office(code: officeCode)?.id }
    let user = UserModel(username: username, passwordHash: "x", name: username, role: role, officeID: officeID)
    try await user.create(on: store.database)
    return try user.requireID()
}

extension OfficeYearStore {
    /// An import as the national admin makes it (the tests' usual way to store a file).
    @discardableResult
    func replace(_ file: OfficeYear) async throws -> StoredOfficeYear {
        try await importFile(file, by: .command("uji"), identity: .fileSetsIdentity)
    }
}

/// A user acting in a test.
func actor(_ name: String, _ id: UUID? = nil) -> ChangeActor {
    ChangeActor(userID: id, name: name, via: "uji")
}
