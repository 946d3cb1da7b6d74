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
    case .postgres(let url): app.databases.use(try .postgres(url: url), as: .psql)
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

    app.middleware = .init()
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionMiddleware(policy: policy))
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())

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

/// Headers every response carries: no framing, no MIME sniffing, same-origin referrers.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        return response
    }
}
