import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Sets up an application: database, sessions, security middleware, migrations and routes.
public func configure(_ app: Application, config: AppConfig) async throws {
    switch config.storage {
    case .sqliteFile(let path): app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory: app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        app.databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: PostgresPool.maxConnectionsPerEventLoop,
                                        connectionPoolTimeout: PostgresPool.connectionRequestTimeout), as: .psql)
    }
    if case .sqliteFile = config.storage, let sql = app.db as? any SQLDatabase {
        // Readers never wait for a writer, and a writer waits its turn instead of failing "database is locked".
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA busy_timeout = 10000").run()
    }
    app.migrations.add(StorageMigrations.all)

    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    var policy = SessionPolicy()
    policy.secureCookies = config.secureCookies
    app.storage[SessionPolicyKey.self] = policy
    app.storage[ThrottleKey.self] = LoginThrottle(limit: config.loginAttempts, window: TimeInterval(config.loginPauseSeconds))
    app.storage[UnknownUserHashKey.self] = try app.password.hash(SessionTokens.random())

    // Outermost first. Authorisation, body reading and the CSRF check belong to each route (see
    // `RoutesBuilder.action`), so that no body is read before its sender is known to have the right.
    app.middleware = .init()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionMiddleware(policy: policy))

    if config.runMigrations { try await app.autoMigrate() }
    try routes(app)
}

struct ThrottleKey: StorageKey { typealias Value = LoginThrottle }
struct UnknownUserHashKey: StorageKey { typealias Value = String }

extension Application {
    var loginThrottle: LoginThrottle { storage[ThrottleKey.self] ?? LoginThrottle(limit: 5, window: 900) }
    /// A bcrypt hash of a random password, checked when the user name is unknown so that the answer takes as long.
    var unknownUserHash: String { storage[UnknownUserHashKey.self] ?? "" }
}
