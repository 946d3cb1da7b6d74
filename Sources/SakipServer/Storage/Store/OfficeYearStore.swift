import FluentKit
import Foundation
import SakipCore
import SQLKit

/// Reads and writes office-years in the database. An office-year is stored as its office-year file (one
/// document per office and year, with a version); the store maps between documents and core values and
/// keeps every rule (capaian, categories, budget sums, validation) in SakipCore.
///
/// Every change goes through ``change(officeCode:year:by:basedOn:_:)``: one transaction that reads the
/// current document, applies the change, refuses it if it overwrites a newer change by someone else,
/// writes the new version and records each changed field in the audit trail.
public struct OfficeYearStore: Sendable {
    /// The database the store works on (SQLite or PostgreSQL).
    public let database: any Database

    /// A store on `database`, whose schema has been created with ``StorageMigrations``.
    public init(database: any Database) {
        self.database = database
    }

    /// The office with a satker code, if stored.
    public func office(code: String) async throws -> OfficeModel? {
        try await OfficeModel.query(on: database).filter(\.$code == code).first()
    }

    /// Every stored office, RI first, then the provinces, then the kabupaten/kota; by name within a level.
    public func offices() async throws -> [OfficeModel] {
        let rank = Dictionary(uniqueKeysWithValues: Office.Level.allCases.enumerated().map { ($1.rawValue, $0) })
        return try await OfficeModel.query(on: database).sort(\.$name).all()
            .sorted { (rank[$0.level] ?? rank.count, $0.name) < (rank[$1.level] ?? rank.count, $1.name) }
    }

    /// The years stored for an office, ascending; empty when the office is unknown.
    public func years(officeCode: String) async throws -> [Int] {
        let sql = database as! any SQLDatabase
        return try await sql.raw("""
            SELECT oy.year AS year FROM office_years oy JOIN offices o ON o.id = oy.office_id
            WHERE o.code = \(bind: officeCode) ORDER BY oy.year
            """).all().map { try $0.decode(column: "year", as: Int.self) }
    }

    /// The stored years of every office, by office id: one query whatever the number of offices.
    public func yearsByOffice() async throws -> [UUID: [Int]] {
        var years: [UUID: [Int]] = [:]
        for row in try await OfficeYearModel.query(on: database).sort(\.$year).all() {
            years[row.$office.id, default: []].append(row.year)
        }
        return years
    }

    /// The row of an office-year, if stored.
    public func officeYearModel(officeCode: String, year: Int) async throws -> OfficeYearModel? {
        try await Self.officeYearModel(officeCode: officeCode, year: year, on: database)
    }

    static func officeYearModel(officeCode: String, year: Int, on database: any Database) async throws -> OfficeYearModel? {
        try await OfficeYearModel.query(on: database)
            .join(OfficeModel.self, on: \OfficeYearModel.$office.$id == \OfficeModel.$id)
            .filter(OfficeModel.self, \.$code == officeCode)
            .filter(\.$year == year)
            .first()
    }
}
