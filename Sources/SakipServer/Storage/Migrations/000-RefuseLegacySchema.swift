import FluentKit
import SQLKit

/// Stops the start on a database made by a version that kept each office-year in some twenty tables:
/// those rows cannot be read by this version, and silently starting empty would hide them.
struct RefuseLegacySchema: AsyncMigration {
    /// A table only the old layout had.
    static let legacyTable = "realisations"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: Self.legacyTable)"
            : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = \(bind: Self.legacyTable)"
        guard try await sql.raw(query).first() != nil else { return }
        throw StorageError(.failed, """
            Basis data ini dibuat oleh versi lama e-SAKIP KPU yang menyimpan data dalam susunan tabel lama. \
            Ekspor setiap tahun kantor (menu Ekspor berkas) dengan versi lama, lalu mulai dengan basis data baru \
            dan impor berkas-berkas itu.
            """)
    }

    func revert(on database: any Database) async throws {}
}
