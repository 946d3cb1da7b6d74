import Crypto
import FluentKit
import Foundation
import SakipCore

/// The outcome of a change: what the closure returned, the office-year after it and what changed.
public struct Changed<Value: Sendable>: Sendable {
    public let value: Value
    public let stored: StoredOfficeYear
    public let changes: [FieldChange]
}

extension OfficeYearStore {
    /// Changes an office-year: the one write path of every page, import and command.
    ///
    /// In one transaction (the only one writing this office-year at that moment): reads the current
    /// version, applies `apply` to it, and when anything changed checks the result with the office-year
    /// reader, refuses it with ``ChangeConflict`` if it overwrites a value someone else changed after
    /// version `base` (the version the user's form was shown with), stores it as the next version and
    /// records every changed field in the audit trail; after it commits, rewrites the office-year's summary. While the LKj is final, a change to anything it
    /// shows is refused with ``FinalReportLocked``. Changes to other parts made meanwhile are kept:
    /// `apply` always works on the newest data. A change that changes nothing writes nothing.
    @discardableResult
    public func change<Value: Sendable>(officeCode: String, year: Int, by actor: ChangeActor, basedOn base: Int? = nil,
                                        _ apply: @escaping @Sendable (inout OfficeYear) throws -> Value) async throws -> Changed<Value> {
        let result = try await WriteTransaction.run(on: database) { db in
            try await Self.change(officeCode: officeCode, year: year, by: actor, basedOn: base, apply, on: db)
        }
        OfficeYearCache.shared.keep(result.stored.file, id: result.stored.id, version: result.stored.version)
        if !result.changes.isEmpty { await refreshSummary(result.stored) }
        return result
    }

    /// The body of ``change(officeCode:year:by:basedOn:_:)``, inside a write transaction.
    static func change<Value: Sendable>(officeCode: String, year: Int, by actor: ChangeActor, basedOn base: Int?,
                                        _ apply: (inout OfficeYear) throws -> Value, on db: any Database) async throws -> Changed<Value> {
        guard let before = try await head(officeCode: officeCode, year: year, on: db) else {
            throw StorageError.notFound("data kantor \(officeCode) tahun \(year) belum ada; mulai tahunnya atau impor berkasnya terlebih dahulu")
        }
        try await WriteTransaction.lock(officeYear: before.id, on: db)
        // Read again under the lock: another writer may have finished in between.
        guard let head = try await head(officeCode: officeCode, year: year, on: db) else {
            throw StorageError.notFound("data kantor \(officeCode) tahun \(year) telah dihapus")
        }
        let current = try await read(head, on: db)
        var next = current.file
        let value = try apply(&next)
        next = withIdentity(next, of: head)
        let changes = OfficeYearDiff.changes(from: current.file, to: next)
        guard !changes.isEmpty else { return Changed(value: value, stored: current, changes: []) }
        let violations = current.file.finalReportViolations(to: next)
        if !violations.isEmpty {
            // A final LKj's figures are fixed until the leader reopens it (OfficeYear.reopenReport).
            guard let last = current.file.lastReportFinalisation else { throw StorageError.invalid(violations.joined(separator: "; ")) }
            throw FinalReportLocked(year: current.file.year, finalisation: last, violations: violations)
        }
        if let base, base < head.version {
            try await refuseConflict(changes, officeYearID: head.id, since: base, on: db)
        }
        let stored = try await write(next, head: head, by: actor, changes: changes, on: db)
        return Changed(value: value, stored: stored, changes: changes)
    }

    /// Refuses a change that overwrites a value changed after `base` (by anyone: a second tab counts too).
    static func refuseConflict(_ changes: [FieldChange], officeYearID: UUID, since base: Int, on db: any Database) async throws {
        let newer = try await AuditEntryModel.query(on: db).filter(\.$officeYearID == officeYearID)
            .filter(\.$version > base).sort(\.$at, .descending).all()
        for entry in newer {
            if let clash = changes.first(where: { $0.overlaps(entry.path) }) {
                throw ChangeConflict(userName: entry.userName, at: entry.at, path: clash.path)
            }
        }
    }

    /// Writes the next version of an office-year: its document, its row and its audit entries.
    private static func write(_ file: OfficeYear, head: Head, by actor: ChangeActor, changes: [FieldChange],
                              on db: any Database) async throws -> StoredOfficeYear {
        let json = try checkedDocument(file)
        guard let model = try await OfficeYearModel.find(head.id, on: db),
              let document = try await OfficeYearDocumentModel.query(on: db).filter(\.$officeYear.$id == head.id).first() else {
            throw StorageError.notFound("data kantor \(head.code) tahun \(file.year) telah dihapus")
        }
        let now = Date()
        model.version = head.version + 1
        model.digest = digest(json)
        model.updatedAt = now
        model.updatedByID = actor.userID
        model.updatedByName = actor.name
        try await model.update(on: db)
        document.json = json
        try await document.update(on: db)
        try await record(changes, officeID: model.$office.id, officeYearID: head.id, version: model.version, by: actor, at: now, on: db)
        return StoredOfficeYear(id: head.id, file: file, version: model.version, updatedAt: now, updatedByName: actor.name)
    }

    /// Creates an office-year that is not stored yet, as version 1, for an office that is.
    @discardableResult
    public func create(_ file: OfficeYear, by actor: ChangeActor) async throws -> StoredOfficeYear {
        let stored = try await WriteTransaction.run(on: database) { db in try await Self.create(file, by: actor, on: db) }
        OfficeYearCache.shared.keep(stored.file, id: stored.id, version: stored.version)
        await refreshSummary(stored)
        return stored
    }

    static func create(_ file: OfficeYear, by actor: ChangeActor, on db: any Database) async throws -> StoredOfficeYear {
        guard let office = try await OfficeModel.query(on: db).filter(\.$code == file.office.code).first() else {
            throw StorageError.notFound("kantor dengan kode \(file.office.code) belum terdaftar; admin nasional mendaftarkannya terlebih dahulu")
        }
        if try await head(officeCode: file.office.code, year: file.year, on: db) != nil {
            throw StorageError.invalid("data \(office.name) tahun \(file.year) sudah ada")
        }
        let parent = try await office.$parent.get(on: db)
        let identity = Head(id: UUID(), version: 1, updatedAt: Date(), updatedByName: actor.name, code: office.code,
                            name: office.name, level: office.level, parentCode: parent?.code, parentName: parent?.name)
        let file = withIdentity(file, of: identity)
        let json = try checkedDocument(file)
        let model = OfficeYearModel()
        model.id = identity.id
        model.$office.id = try office.requireID()
        model.year = file.year
        model.version = 1
        model.digest = digest(json)
        model.updatedAt = identity.updatedAt
        model.updatedByID = actor.userID
        model.updatedByName = actor.name
        try await model.create(on: db)
        try await OfficeYearDocumentModel(officeYearID: identity.id, json: json).create(on: db)
        let created = FieldChange(path: "", table: "", row: "", field: "", before: nil, after: "tahun \(file.year) dibuat")
        try await record([created], officeID: model.$office.id, officeYearID: identity.id, version: 1, by: actor, at: identity.updatedAt, on: db)
        return StoredOfficeYear(id: identity.id, file: file, version: 1, updatedAt: identity.updatedAt, updatedByName: actor.name)
    }

    /// The document of a value, refused when the office-year reader would not read it back: what is
    /// stored can always be loaded, and every path (form, paste, workbook, import) meets the same rules.
    static func checkedDocument(_ file: OfficeYear) throws -> String {
        let json = OfficeYearWriter.write(file)
        do { _ = try OfficeYearReader.read(json) } catch {
            let problems = error.issues.prefix(5).map(\.description).joined(separator: "; ")
            throw StorageError.invalid("perubahan tidak disimpan karena data menjadi tidak sah: \(problems)")
        }
        return json
    }

    /// SHA-256 of a document, in hex.
    static func digest(_ json: String) -> String {
        SHA256Hex.digest(Data(json.utf8))
    }
}
