import FluentKit
import Foundation
import SakipCore
import SQLKit

extension OfficeYearStore {
    /// The office-year as a core value; nil when not stored.
    public func load(officeCode: String, year: Int) async throws -> OfficeYear? {
        try await stored(officeCode: officeCode, year: year)?.file
    }

    /// The office-year with its version and last change; nil when not stored. Reads one small row and,
    /// unless this process already holds that version, the document.
    public func stored(officeCode: String, year: Int) async throws -> StoredOfficeYear? {
        guard let head = try await Self.head(officeCode: officeCode, year: year, on: database) else { return nil }
        return try await Self.read(head, on: database)
    }

    /// What identifies an office-year and its version, with the office's identity from the admin's table.
    struct Head: Sendable {
        var id: UUID
        var version: Int
        var updatedAt: Date
        var updatedByName: String
        var code: String
        var name: String
        var level: String
        var parentCode: String?
        var parentName: String?
    }

    static func head(officeCode: String, year: Int, on database: any Database) async throws -> Head? {
        let sql = database as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT oy.id AS id, oy.version AS version, oy.updated_at AS updated_at, oy.updated_by_name AS updated_by_name,
                   o.code AS code, o.name AS name, o.level AS level, p.code AS parent_code, p.name AS parent_name
            FROM office_years oy JOIN offices o ON o.id = oy.office_id LEFT JOIN offices p ON p.id = o.parent_id
            WHERE o.code = \(bind: officeCode) AND oy.year = \(bind: year)
            """).first() else { return nil }
        return Head(id: try row.decode(column: "id", as: UUID.self), version: try row.decode(column: "version", as: Int.self),
                    updatedAt: try row.decode(column: "updated_at", as: Date.self),
                    updatedByName: try row.decode(column: "updated_by_name", as: String.self),
                    code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                    level: try row.decode(column: "level", as: String.self),
                    parentCode: try row.decode(column: "parent_code", as: String?.self),
                    parentName: try row.decode(column: "parent_name", as: String?.self))
    }

    /// The office-year of a head: from this process's cache when it holds that version, else its document.
    static func read(_ head: Head, on database: any Database) async throws -> StoredOfficeYear {
        let file: OfficeYear
        if let cached = OfficeYearCache.shared.file(head.id, version: head.version) {
            file = cached
        } else {
            guard let document = try await OfficeYearDocumentModel.query(on: database)
                .filter(\.$officeYear.$id == head.id).first() else {
                throw StorageError.corrupt("dokumen data kantor \(head.code) tidak ditemukan di basis data")
            }
            file = try decode(document.json, code: head.code)
            OfficeYearCache.shared.keep(file, id: head.id, version: head.version)
        }
        return StoredOfficeYear(id: head.id, file: withIdentity(file, of: head), version: head.version,
                                updatedAt: head.updatedAt, updatedByName: head.updatedByName)
    }

    /// A stored document read back with the core reader; a document the reader refuses is reported, not guessed at.
    static func decode(_ json: String, code: String) throws -> OfficeYear {
        do { return try OfficeYearReader.read(json).officeYear } catch {
            let first = error.issues.prefix(3).map(\.description).joined(separator: "; ")
            throw StorageError.corrupt("data kantor \(code) yang tersimpan tidak dapat dibaca: \(first)")
        }
    }

    /// The office's code, name, level and parent are the national admin's, whatever a document says.
    static func withIdentity(_ file: OfficeYear, of head: Head) -> OfficeYear {
        var file = file
        file.office.code = head.code
        file.office.name = head.name
        if let level = Office.Level(rawValue: head.level) { file.office.level = level }
        if let parentCode = head.parentCode {
            file.office.parentCode = parentCode
            file.office.parentName = head.parentName
        }
        return file
    }
}
