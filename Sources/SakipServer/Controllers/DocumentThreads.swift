import NIOPosix

/// Threads for document work that blocks for seconds (LibreOffice laying out PDFs): apart from the threads that run
/// request handlers and from the application's thread pool that SQLite queries run on, so that a province's PDFs
/// never stall other users' pages.
enum DocumentThreads {
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    /// Runs `body` on a document thread and returns what it returns or throws.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}
