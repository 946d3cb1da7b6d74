import NIOCore

/// The PostgreSQL connection pool of each application instance. Writers of one office-year wait their turn on its row
/// lock while holding a connection; with the driver's defaults (1 connection per event loop, 10 s to get one) twenty
/// people saving the same office-year under load were refused with a timeout instead of waiting.
enum PostgresPool {
    static let maxConnectionsPerEventLoop = 4
    static let connectionRequestTimeout: TimeAmount = .seconds(60)
}
