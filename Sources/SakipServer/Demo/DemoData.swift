import Fluent
import Foundation
import SakipCore
import Vapor

/// Loads the three reference offices (corrected seed files) under their provinces and KPU RI, and one
/// account per role. Running it again replaces the demo office-years and resets the demo passwords.
public enum DemoData {
    /// A demo account as printed for the user.
    public struct Account: Sendable {
        public var username: String
        public var password: String
        public var role: UserRole
        public var office: String
    }

    static let password = "sakip-demo"

    /// The seed files, found beside the sources so that `swift run sakip demo` works from any directory.
    public static var seedDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds")
    }

    static let seeds = ["asahan-2024-corrected", "pematangsiantar-2024-corrected", "pagaralam-2024-corrected"]

    /// Loads everything; returns the accounts.
    @discardableResult
    public static func load(on database: any Database, hasher: any PasswordHasher, from directory: URL = seedDirectory) async throws -> [Account] {
        var files = try seeds.map { name -> OfficeYear in
            do { return try OfficeYearReader.read(contentsOf: directory.appendingPathComponent("\(name).json")).officeYear } catch {
                throw Abort(.internalServerError, reason: "Data demo \(name).json tidak dapat dibaca: \(error)")
            }
        }
        files[2].bindings += logisticsBinding(files[2])
        let ri = try await office(code: "kpu-ri", name: "KPU Republik Indonesia", level: .ri, parent: nil, on: database)
        var provinces: [String: OfficeModel] = [:]
        for file in files {
            guard let name = file.office.parentName, provinces[name] == nil else { continue }
            let code = file.office.parentCode ?? "kpu-" + name.lowercased().replacingOccurrences(of: "kpu provinsi ", with: "")
                .replacingOccurrences(of: " ", with: "-")
            provinces[name] = try await office(code: code, name: name, level: .provinsi, parent: ri, on: database)
        }
        let store = OfficeYearStore(database: database)
        for file in files { try await store.importFile(file, by: .command("sakip demo"), identity: .fileSetsIdentity) }

        let asahan = files[0].office.code
        let sumut = provinces[files[0].office.parentName ?? ""]?.code ?? "kpu-ri"
        let accounts = [
            Account(username: "admin", password: password, role: .nationalAdmin, office: "kpu-ri"),
            Account(username: "evaluator.sumut", password: password, role: .provincialEvaluator, office: sumut),
            Account(username: "operator.asahan", password: password, role: .officeOperator, office: asahan),
            Account(username: "ketua.asahan", password: password, role: .officeLeader, office: asahan),
            Account(username: "inspektorat", password: password, role: .reviewer, office: "kpu-ri"),
            Account(username: "operator.pematangsiantar", password: password, role: .officeOperator, office: files[1].office.code),
            Account(username: "operator.pagaralam", password: password, role: .officeOperator, office: files[2].office.code),
        ]
        for account in accounts {
            let office = try await OfficeModel.query(on: database).filter(\.$code == account.office).first()
            let user = try await UserModel.query(on: database).filter(\.$username == account.username).first() ?? UserModel()
            user.username = account.username
            // The header already shows role and office: the name is the account itself.
            user.name = account.username
            user.role = account.role.rawValue
            user.passwordHash = try hasher.hash(account.password)
            user.$office.id = try office?.requireID()
            try await user.save(on: database)
        }
        return accounts
    }

    /// The demo shows an indicator computed from module data, as an operator sets it on the table "Realisasi indikator
    /// dari data pemilu dan logistik": Pagar Alam's logistics indicator takes its realisation from the sorting table.
    /// (The seed prints no turnout, so its participation indicators cannot be computed.)
    static func logisticsBinding(_ file: OfficeYear) -> [IndicatorBinding] {
        guard let indicator = file.indicators.first(where: { $0.statement.hasPrefix("Persentase satker dalam memenuhi kebutuhan logistik") }),
              let event = file.logisticsEvent, file.logistics?.sorting.isEmpty == false,
              !file.bindings.contains(where: { $0.indicatorId == indicator.id }) else { return [] }
        return [IndicatorBinding(indicatorId: indicator.id, figure: .logisticsFulfilment, eventId: event.id)]
    }

    private static func office(code: String, name: String, level: Office.Level, parent: OfficeModel?, on database: any Database) async throws -> OfficeModel {
        let office = try await OfficeModel.query(on: database).filter(\.$code == code).first() ?? OfficeModel()
        office.code = code
        office.name = name
        office.level = level.rawValue
        office.$parent.id = try parent?.requireID()
        try await office.save(on: database)
        return office
    }
}
