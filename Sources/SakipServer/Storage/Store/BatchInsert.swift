import FluentKit
import SQLKit

/// Multi-row INSERT statements for bulk loads (the national demo data): rows are sent in statements of at most
/// 900 bound values, which SQLite and PostgreSQL both accept, instead of one statement per row.
struct BatchInsert {
    let table: String
    let columns: [String]
    private(set) var rows: [[any SQLExpression]] = []

    init(_ table: String, _ columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Adds a row; `values` in the order of ``columns``, nil written as NULL.
    mutating func add(_ values: [(any Encodable & Sendable)?]) {
        precondition(values.count == columns.count, "\(table): \(values.count) values for \(columns.count) columns")
        rows.append(values.map { value in value.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null })
    }

    var count: Int { rows.count }

    /// Changes one value of a row already added (a note answered later in the same load).
    mutating func set(row: Int, column: String, to value: any Encodable & Sendable) {
        guard rows.indices.contains(row), let index = columns.firstIndex(of: column) else { return }
        rows[row][index] = SQLBind(value)
    }

    /// Writes every row added, then forgets them.
    mutating func flush(on database: any Database) async throws {
        guard !rows.isEmpty else { return }
        let sql = database as! any SQLDatabase
        let perStatement = max(1, 900 / max(columns.count, 1))
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + perStatement, rows.count)] { insert = insert.values(row) }
            try await insert.run()
        }
        rows = []
    }
}
