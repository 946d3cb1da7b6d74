import FluentKit
import SQLKit

extension Database {
    /// Creates an index (PostgreSQL does not add one for a foreign key by itself).
    func index(_ name: String, on table: String, columns: [String]) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
