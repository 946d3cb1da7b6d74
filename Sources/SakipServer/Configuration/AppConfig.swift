import Vapor

/// Settings read once at start-up from the environment. A bad value stops the start with a message
/// naming the variable.
public struct AppConfig: Sendable {
    /// Where the data lives.
    public enum Storage: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(String)
    }

    public var storage: Storage
    /// Whether session cookies carry the Secure flag (sent over HTTPS and localhost only).
    public var secureCookies: Bool
    /// Failed sign-ins allowed per account and address before a pause.
    public var loginAttempts: Int
    /// How long the pause lasts, in seconds.
    public var loginPauseSeconds: Int
    /// bcrypt work factor for stored passwords.
    public var bcryptCost: Int = 12
    /// Whether the start brings the schema up to date (not before restoring a backup into an empty database).
    public var runMigrations = true

    public init(storage: Storage, secureCookies: Bool = true, loginAttempts: Int = 5, loginPauseSeconds: Int = 900) {
        self.storage = storage
        self.secureCookies = secureCookies
        self.loginAttempts = loginAttempts
        self.loginPauseSeconds = loginPauseSeconds
    }

    /// For tests: an in-memory database and a cheap bcrypt cost (hashes stay real bcrypt).
    public static var testing: AppConfig {
        var config = AppConfig(storage: .sqliteMemory)
        config.bcryptCost = 4
        return config
    }

    /// Reads DATABASE_URL (PostgreSQL), SAKIP_DB_PATH (SQLite file, default sakip.sqlite),
    /// SAKIP_SECURE_COOKIES (true/false) and SAKIP_LOGIN_ATTEMPTS.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var config: AppConfig
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigError(variable: "DATABASE_URL", reason: "harus berupa alamat PostgreSQL (postgres://pengguna:sandi@host:5432/nama_basis_data)")
            }
            config = AppConfig(storage: .postgres(url))
        } else {
            config = AppConfig(storage: .sqliteFile(environment["SAKIP_DB_PATH"] ?? "sakip.sqlite"))
        }
        if let secure = environment["SAKIP_SECURE_COOKIES"] {
            guard let flag = Bool(secure.lowercased()) else {
                throw ConfigError(variable: "SAKIP_SECURE_COOKIES", reason: "harus true atau false")
            }
            config.secureCookies = flag
        }
        if let attempts = environment["SAKIP_LOGIN_ATTEMPTS"] {
            guard let number = Int(attempts), number > 0 else {
                throw ConfigError(variable: "SAKIP_LOGIN_ATTEMPTS", reason: "harus bilangan bulat positif")
            }
            config.loginAttempts = number
        }
        return config
    }
}

/// A setting that stops the start.
public struct ConfigError: Error, CustomStringConvertible {
    public let variable: String
    public let reason: String
    public var description: String { "Pengaturan \(variable) tidak sah: \(reason)." }
}
