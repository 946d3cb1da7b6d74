import FluentKit
import Foundation
import SakipCore
import SQLKit

extension OfficeYearStore {
    /// Appends audit entries (in batches: databases limit the values one statement may bind).
    static func record(_ changes: [FieldChange], officeID: UUID?, officeYearID: UUID?, version: Int?, by actor: ChangeActor,
                       at date: Date, on db: any Database) async throws {
        let entries = changes.map { change -> AuditEntryModel in
            let entry = AuditEntryModel()
            entry.at = date
            entry.officeID = officeID
            entry.officeYearID = officeYearID
            entry.version = version
            entry.userID = actor.userID
            entry.userName = actor.name
            entry.via = actor.via
            entry.table = change.table
            entry.row = change.row
            entry.field = change.field
            entry.path = change.path
            entry.before = change.before
            entry.after = change.after
            return entry
        }
        for start in stride(from: 0, to: entries.count, by: 50) {
            try await Array(entries[start..<min(start + 50, entries.count)]).create(on: db)
        }
    }

    /// Records a change outside office-year documents (an account, an office's identity).
    public func recordEvent(officeID: UUID?, by actor: ChangeActor, table: String, row: String, field: String,
                            before: String?, after: String?) async throws {
        let change = FieldChange(path: "\(table)[\(row)].\(field)", table: table, row: row, field: field, before: before, after: after)
        try await Self.record([change], officeID: officeID, officeYearID: nil, version: nil, by: actor, at: Date(), on: database)
    }

    /// The audit trail of an office-year, newest first, filtered by person, table and period (inclusive dates).
    public func auditTrail(officeYearID: UUID, userName: String? = nil, table: String? = nil, from: Date? = nil, to: Date? = nil,
                           limit: Int = 1000) async throws -> [AuditEntryModel] {
        var query = AuditEntryModel.query(on: database).filter(\.$officeYearID == officeYearID)
        if let userName, !userName.isEmpty { query = query.filter(\.$userName == userName) }
        if let table, !table.isEmpty { query = query.filter(\.$table == table) }
        if let from { query = query.filter(\.$at >= from) }
        if let to { query = query.filter(\.$at < to) }
        return try await query.sort(\.$at, .descending).sort(\.$path).limit(limit).all()
    }

    /// Who changed an office-year and which tables, for the audit page's filters.
    public func auditFacets(officeYearID: UUID) async throws -> (people: [String], tables: [String]) {
        guard let sql = database as? any SQLDatabase else { return ([], []) }
        func distinct(_ column: String) async throws -> [String] {
            try await sql.select().distinct().column(SQLIdentifier(column)).from(AuditEntryModel.schema)
                .where(SQLIdentifier("office_year_id"), .equal, SQLBind(officeYearID)).orderBy(SQLIdentifier(column)).all()
                .map { try $0.decode(column: column, as: String.self) }
        }
        return (try await distinct("user_name"), try await distinct("table_name"))
    }

    /// The latest change of each row of some tables of an office-year, by the row's path
    /// (`realisations[I7 TW2]`, `budget.lines[076.01.CQ].children[CQ.6709]`): "diubah oleh … pada …" beside a figure.
    /// Reads only the newest entry of each field (the trail itself grows with every save).
    public func lastChanges(officeYearID: UUID, tables: [String]) async throws -> [String: AuditEntryModel] {
        guard !tables.isEmpty else { return [:] }
        let sql = database as! any SQLDatabase
        let newest = try await sql.raw("""
            SELECT a.id AS id FROM audit_entries a
            JOIN (SELECT path, MAX(at) AS at FROM audit_entries
                  WHERE office_year_id = \(bind: officeYearID) AND table_name IN (\(binds: tables)) GROUP BY path) m
              ON m.path = a.path AND m.at = a.at
            WHERE a.office_year_id = \(bind: officeYearID) AND a.table_name IN (\(binds: tables))
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        let entries = newest.isEmpty ? [] : try await AuditEntryModel.query(on: database).filter(\.$id ~~ newest)
            .sort(\.$at, .ascending).sort(\.$id, .ascending).all()
        var latest: [String: AuditEntryModel] = [:]
        for entry in entries { latest[Self.rowPath(entry.path)] = entry }
        return latest
    }

    /// A field's path without its last key: the row it belongs to ("a[x].b[y].pagu" → "a[x].b[y]").
    static func rowPath(_ path: String) -> String {
        guard !path.hasSuffix("]") else { return path }
        var depth = 0
        var lastDot: String.Index?
        for index in path.indices {
            switch path[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "." where depth == 0: lastDot = index
            default: break
            }
        }
        return lastDot.map { String(path[..<$0]) } ?? path
    }
}
