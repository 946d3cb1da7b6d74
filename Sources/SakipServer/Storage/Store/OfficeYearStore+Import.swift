import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Who may set an office's identity (code, name, level, parent) through an imported file.
    public enum IdentityRule: Sendable {
        /// An office's own user: the file must name the office exactly as registered; a different name,
        /// level or parent is refused (they belong to the national admin).
        case mustMatch
        /// The national admin (and `sakip demo`): an unknown office is registered from the file, and a
        /// known one takes the file's name, level and parent.
        case fileSetsIdentity
    }

    /// Imports an office-year file: replaces the stored year of the file's office (as one change, field
    /// by field in the audit trail) or creates it. Everything in one transaction.
    @discardableResult
    public func importFile(_ file: OfficeYear, by actor: ChangeActor, identity rule: IdentityRule,
                           basedOn base: Int? = nil) async throws -> StoredOfficeYear {
        let stored = try await WriteTransaction.run(on: database) { db -> StoredOfficeYear in
            switch rule {
            case .mustMatch: try await Self.checkIdentity(of: file.office, on: db)
            case .fileSetsIdentity: try await Self.register(file.office, by: actor, on: db)
            }
            if try await Self.head(officeCode: file.office.code, year: file.year, on: db) == nil {
                return try await Self.create(file, by: actor, on: db)
            }
            return try await Self.change(officeCode: file.office.code, year: file.year, by: actor, basedOn: base,
                                         { $0 = $0.replaced(by: file) }, on: db).stored
        }
        OfficeYearCache.shared.keep(stored.file, id: stored.id, version: stored.version)
        await refreshSummary(stored)
        return stored
    }

    /// Refuses a file whose office differs from the registered one in name, level or parent.
    static func checkIdentity(of office: Office, on db: any Database) async throws {
        guard let stored = try await OfficeModel.query(on: db).filter(\.$code == office.code).first() else {
            throw StorageError.notFound("kantor dengan kode \(office.code) belum terdaftar; hanya admin nasional yang dapat mendaftarkannya")
        }
        var differences: [String] = []
        if office.name != stored.name {
            differences.append("nama \"\(office.name)\" (terdaftar: \"\(stored.name)\")")
        }
        if office.level.rawValue != stored.level {
            differences.append("tingkat \(office.level.label) (terdaftar: \(Office.Level(rawValue: stored.level)?.label ?? stored.level))")
        }
        let parent = try await stored.$parent.get(on: db)
        if let parentCode = office.parentCode, parentCode != parent?.code {
            differences.append("induk \(office.parentName ?? parentCode) (terdaftar: \(parent?.name ?? "tanpa induk"))")
        }
        guard differences.isEmpty else {
            throw StorageError.invalid("Berkas menyatakan identitas kantor yang berbeda: " + differences.joined(separator: "; ")
                + ". Nama, tingkat dan induk kantor hanya dapat diubah oleh admin nasional; samakan berkasnya lalu impor lagi.")
        }
    }

    /// Registers the file's office, or gives a registered one the file's name, level and parent.
    static func register(_ office: Office, by actor: ChangeActor, on db: any Database) async throws {
        let parent = try await storedParent(of: office, on: db)
        let model = try await OfficeModel.query(on: db).filter(\.$code == office.code).first()
            ?? OfficeModel(code: office.code, name: office.name, level: office.level.rawValue, parentID: nil)
        let before = model.id == nil ? nil : "\(model.name) · \(model.level)"
        model.name = office.name
        model.level = office.level.rawValue
        if let parent { model.$parent.id = parent.id }
        guard model.id == nil || model.hasChanges else { return }
        try await model.save(on: db)
        let change = FieldChange(path: "kantor[\(office.code)]", table: "kantor", row: office.code, field: "",
                                 before: before, after: "\(model.name) · \(model.level)")
        try await record([change], officeID: model.id, officeYearID: nil, version: nil, by: actor, at: Date(), on: db)
    }

    /// The stored office the file names as parent: by code, else by name.
    static func storedParent(of office: Office, on db: any Database) async throws -> OfficeModel? {
        if let code = office.parentCode, code != office.code,
           let parent = try await OfficeModel.query(on: db).filter(\.$code == code).first() {
            return parent
        }
        if let name = office.parentName, name != office.name {
            return try await OfficeModel.query(on: db).filter(\.$name == name).filter(\.$code != office.code).first()
        }
        return nil
    }
}
