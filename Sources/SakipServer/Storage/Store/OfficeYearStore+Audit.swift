import FluentKit
import Foundation
import SakipCore

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

    /// The latest change of each row of some tables of an office-year: "diubah oleh … pada …" beside a figure.
    public func lastChanges(officeYearID: UUID, tables: [String]) async throws -> [String: AuditEntryModel] {
        let entries = try await AuditEntryModel.query(on: database).filter(\.$officeYearID == officeYearID)
            .filter(\.$table ~~ tables).sort(\.$at, .ascending).all()
        var latest: [String: AuditEntryModel] = [:]
        for entry in entries { latest["\(entry.table)[\(entry.row)]"] = entry }
        return latest
    }
}
