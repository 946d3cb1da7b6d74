import Fluent
import Foundation
import SakipCore
import SQLKit
import Vapor

/// The stored identity of each office of the data set, by its code in the data set.
struct OfficeIdentities: Sendable {
    struct Identity: Sendable {
        var id: UUID
        /// The stored code (the data set's, except for a KPU RI that was stored before under another code).
        var code: String
        var name: String
        var parentCode: String?
        var parentName: String?
    }

    var byCode: [String: Identity] = [:]
}

extension NationalDemoData {
    /// Registers the offices not stored yet, parents first, in one transaction; an office already stored under the data
    /// set's code is used as it is, and a KPU RI stored under another code (``DemoData``'s "kpu-ri") stands for the data
    /// set's.
    static func storeOffices(_ offices: [NationalOffice], on database: any Database, report: inout Report) async throws -> OfficeIdentities {
        let sql = database as! any SQLDatabase
        var stored: [String: (id: UUID, name: String)] = [:]
        var storedRI: (code: String, id: UUID, name: String)?
        for row in try await sql.raw("SELECT id, code, name, level FROM offices ORDER BY name").all() {
            let code = try row.decode(column: "code", as: String.self)
            let id = try row.decode(column: "id", as: UUID.self)
            let name = try row.decode(column: "name", as: String.self)
            stored[code] = (id, name)
            if try row.decode(column: "level", as: String.self) == Office.Level.ri.rawValue, storedRI == nil { storedRI = (code, id, name) }
        }
        var identities = OfficeIdentities()
        var inserts: [Office.Level: BatchInsert] = [:]
        let now = Date()
        for office in offices {
            let metadata = office.metadata
            let parent = metadata.parentCode.flatMap { identities.byCode[$0] }
            if let existing = stored[office.code] {
                identities.byCode[office.code] = .init(id: existing.id, code: office.code, name: existing.name,
                                                       parentCode: parent?.code, parentName: parent?.name)
                continue
            }
            if metadata.level == .ri, let ri = storedRI {
                identities.byCode[office.code] = .init(id: ri.id, code: ri.code, name: ri.name, parentCode: nil, parentName: nil)
                continue
            }
            let id = UUID()
            identities.byCode[office.code] = .init(id: id, code: office.code, name: office.name, parentCode: parent?.code, parentName: parent?.name)
            inserts[metadata.level, default: BatchInsert(OfficeModel.schema, ["id", "code", "name", "level", "parent_id", "created_at"])]
                .add([id, office.code, office.name, metadata.level.rawValue, parent?.id, now])
            report.offices += 1
        }
        try await WriteTransaction.run(on: database) { [inserts] db in
            for level in [Office.Level.ri, .provinsi, .kabupatenKota] {
                var batch = inserts[level]
                try await batch?.flush(on: db)
            }
        }
        return identities
    }

    /// Stores the confirmed catalogue decisions of the loaded offices that are not stored yet, with who confirmed each
    /// and when, through the store's one write path of decisions (which records each in the audit trail).
    static func storeMapping(_ mapping: IndicatorMapping, offices: Set<String>, identities: OfficeIdentities,
                             on database: any Database) async throws -> Int {
        let changes = mapping.decisions.filter { offices.contains($0.officeCode) }.map { decision in
            var change = CatalogueDecisionChange(decision)
            change.officeCode = identities.byCode[decision.officeCode]?.code ?? decision.officeCode
            return change
        }
        return try await OfficeYearStore(database: database).saveCatalogueDecisions(changes, by: .command(NationalRows.loader),
                                                                                    on: .today, keepingStored: true)
    }

    /// An evaluator account for each loaded KPU Provinsi ("evaluator.sumaterautara") and one for KPU RI ("evaluator.kpuri"),
    /// all with the demo password; an existing account of that name gets the password back.
    static func storeAccounts(_ offices: [NationalOffice], identities: OfficeIdentities, hasher: any PasswordHasher,
                              on database: any Database) async throws -> [DemoData.Account] {
        var accounts: [(account: DemoData.Account, officeID: UUID)] = []
        for office in offices where office.metadata.level != .kabupatenKota {
            guard let identity = identities.byCode[office.code] else { continue }
            let slug = office.metadata.level == .ri ? "kpuri"
                : (office.metadata.provinceName ?? office.name).lowercased().filter { $0.isLetter || $0.isNumber }
            accounts.append((DemoData.Account(username: "evaluator.\(slug)", password: password, role: .provincialEvaluator,
                                              office: identity.code), identity.id))
        }
        // One hash for every account: they share the demo password, and bcrypt is slow on purpose.
        let hash = try hasher.hash(password)
        let names = accounts.map(\.account.username)
        try await WriteTransaction.run(on: database) { [accounts] db in
            let existing = try await UserModel.query(on: db).filter(\.$username ~~ names).all()
            let byName = Dictionary(existing.map { ($0.username, $0) }, uniquingKeysWith: { first, _ in first })
            var batch = BatchInsert(UserModel.schema, ["id", "username", "password_hash", "name", "role", "office_id", "created_at"])
            for (account, officeID) in accounts {
                if let user = byName[account.username] {
                    user.passwordHash = hash
                    user.role = account.role.rawValue
                    user.$office.id = officeID
                    try await user.update(on: db)
                } else {
                    batch.add([UUID(), account.username, hash, account.username, account.role.rawValue, officeID, Date()])
                }
            }
            try await batch.flush(on: db)
        }
        return accounts.map(\.account)
    }
}
