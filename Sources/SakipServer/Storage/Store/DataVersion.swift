import FluentKit
import SQLKit

/// The stored version of what a kind of derived page reads (`data_versions`, moved by the database's own triggers on
/// every change; see ``CreateDataVersions``). A page kept in this process under a version is current exactly while
/// the stored version is the same.
enum DataVersion {
    /// Offices, summaries, submissions and their versions, deadlines and catalogue decisions: what consolidation reads.
    static let consolidation = "consolidation"

    /// The version of `name` as "epoch:count"; nil when the database has none (then nothing may be kept).
    static func current(_ name: String, on database: any Database) async throws -> String? {
        guard let sql = database as? any SQLDatabase,
              let row = try await sql.raw("SELECT epoch, version FROM data_versions WHERE name = \(bind: name)").first() else { return nil }
        return "\(try row.decode(column: "epoch", as: String.self)):\(try row.decode(column: "version", as: Int.self))"
    }
}
