import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Sets up an application: database, sessions, security middleware, migrations and routes.
public func configure(_ app: Application, config: AppConfig) async throws {
    switch config.storage {
    case .sqliteFile(let path): app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory: app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url): app.databases.use(try .postgres(url: url), as: .psql)
    }
    app.migrations.add(StorageMigrations.all)
    app.migrations.add(SessionRecord.migration)

    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.sessions.use(.fluent)
    app.sessions.configuration.cookieName = "sakip_session"
    app.sessions.configuration.cookieFactory = { sessionID in
        HTTPCookies.Value(string: sessionID.string, expires: Date(timeIntervalSinceNow: 8 * 3600), maxAge: nil, domain: nil,
                          path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
    app.storage[ThrottleKey.self] = LoginThrottle(limit: config.loginAttempts, window: TimeInterval(config.loginPauseSeconds))

    // Outermost first. Authorisation, body reading and the CSRF check belong to each route (see
    // `RoutesBuilder.action`), so that no body is read before its sender is known to have the right.
    app.middleware = .init()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(app.sessions.middleware)

    try await app.autoMigrate()
    try routes(app)
}

struct ThrottleKey: StorageKey { typealias Value = LoginThrottle }

extension Application {
    var loginThrottle: LoginThrottle { storage[ThrottleKey.self]! }
}
