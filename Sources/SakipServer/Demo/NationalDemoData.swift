import Fluent
import Foundation
import SakipCore
import SQLKit
import Vapor

/// Loads the national data set (SakipCore ``NationalDataSet``): KPU RI, the 38 KPU Provinsi and 514 KPU Kabupaten/Kota,
/// each year of the Renstra, with their summaries, the submissions their scenarios describe (states, dated transitions,
/// return notes pinned to places, frozen versions with their SHA-256), the confirmed catalogue mapping, and an evaluator
/// account per province and one for KPU RI.
///
/// Rows go in with multi-row INSERTs, one transaction per group of offices, computed on every core, so that the whole
/// set loads in about a minute. Office-years already stored (the three reference offices of ``DemoData``, or an earlier
/// run) are kept as they are, with their submissions: running it again adds only what is missing.
public enum NationalDemoData {
    /// What a load did.
    public struct Report: Sendable {
        public var offices = 0
        public var officeYears = 0
        public var officeYearsKept = 0
        public var submissions = 0
        public var events = 0
        public var notes = 0
        public var versions = 0
        public var decisions = 0
        public var accounts: [DemoData.Account] = []
        public var seconds: Double = 0
    }

    /// The password of the national demo accounts.
    public static let password = DemoData.password

    /// Loads the data set generated from the reference seeds in `directory`. `provinces` limits the load to KPU RI and
    /// the named provinces with their Kab/Kota (nil: all 38), for tests and small demonstrations.
    @discardableResult
    public static func load(on database: any Database, hasher: any PasswordHasher, from directory: URL = DemoData.seedDirectory,
                            configuration: NationalDataSet.Configuration = .init(), provinces: Set<String>? = nil) async throws -> Report {
        let start = Date()
        let dataSet: NationalDataSet
        do { dataSet = try NationalDataSet.reference(seedDirectory: directory, configuration: configuration) } catch {
            throw Abort(.internalServerError, reason: "Data demo nasional tidak dapat dibangkitkan dari \(directory.path): \(error)")
        }
        let offices = dataSet.offices.filter { office in
            guard let provinces else { return true }
            return office.metadata.level == .ri || office.metadata.provinceName.map(provinces.contains) == true
        }
        var report = Report()
        let identities = try await storeOffices(offices, on: database, report: &report)
        let existing = try await storedOfficeYears(on: database)
        let groupSize = 12
        for groupStart in stride(from: 0, to: offices.count, by: groupSize) {
            let group = Array(offices[groupStart..<min(groupStart + groupSize, offices.count)])
            let prepared = prepare(group, dataSet: dataSet, identities: identities, skipping: existing)
            report.officeYearsKept += group.count * dataSet.years.count - prepared.count
            var rows = NationalRows()
            for year in prepared {
                guard let office = identities.byCode[year.officeCode] else { continue }
                rows.add(year, officeID: office.id, parentName: office.parentName, loadedAt: start)
            }
            try await WriteTransaction.run(on: database) { [rows] db in
                var rows = rows
                try await rows.write(on: db)
            }
            report.officeYears += prepared.count
            report.submissions += rows.submissionCount
            report.events += rows.eventCount
            report.notes += rows.noteCount
            report.versions += rows.versionCount
        }
        report.decisions = try await storeMapping(dataSet.mapping, offices: Set(offices.map(\.code)), identities: identities, on: database)
        report.accounts = try await storeAccounts(offices, identities: identities, hasher: hasher, on: database)
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// One office-year ready to insert, computed off the database.
    struct PreparedYear: Sendable {
        var officeCode: String
        var year: Int
        var json: String
        var digest: String
        var summary: String?
        var scenario: OfficeYearScenario
        var ketuaName: String
        /// The statements of the indicators the scenario's return notes point at.
        var indicatorNames: [String: String]
    }

    /// Generates the missing office-years of a group of offices on every core: document, digest, summary.
    static func prepare(_ offices: [NationalOffice], dataSet: NationalDataSet, identities: OfficeIdentities,
                        skipping existing: Set<String>) -> [PreparedYear] {
        concurrentMap(count: offices.count) { index -> [PreparedYear] in
            let office = offices[index]
            guard let identity = identities.byCode[office.code] else { return [] }
            var years: [PreparedYear] = []
            for var officeYear in dataSet.officeYears(of: office) {
                guard !existing.contains("\(identity.id)|\(officeYear.year)"),
                      let scenario = dataSet.scenario(officeCode: office.code, year: officeYear.year) else { continue }
                // The office table's identity wins, as in the store (an existing KPU RI keeps its own code).
                officeYear.office.code = identity.code
                officeYear.office.parentCode = identity.parentCode
                officeYear.office.parentName = identity.parentName
                let json = OfficeYearWriter.write(officeYear)
                // A summary that cannot be encoded is left missing: `sakip summaries` computes the missing ones.
                let summary = (try? OfficeYearSummary(officeYear).jsonData()).map { String(decoding: $0, as: UTF8.self) }
                years.append(PreparedYear(officeCode: office.code, year: officeYear.year, json: json,
                                          digest: OfficeYearStore.digest(json), summary: summary, scenario: scenario,
                                          ketuaName: "Ketua \(office.name)", indicatorNames: noted(scenario, in: officeYear)))
            }
            return years
        }.flatMap { $0 ?? [] }
    }

    /// The statements of the indicators a scenario's return notes point at.
    static func noted(_ scenario: OfficeYearScenario, in officeYear: OfficeYear) -> [String: String] {
        var names: [String: String] = [:]
        for transition in scenario.pk.transitions + scenario.lkj.transitions {
            if case .indicator(let id)? = transition.note?.place, let indicator = officeYear.indicator(id) { names[id] = indicator.statement }
        }
        return names
    }

    /// Every stored office-year as "office id|year".
    static func storedOfficeYears(on database: any Database) async throws -> Set<String> {
        let sql = database as! any SQLDatabase
        var keys = Set<String>()
        for row in try await sql.raw("SELECT office_id, year FROM office_years").all() {
            keys.insert("\(try row.decode(column: "office_id", as: UUID.self))|\(try row.decode(column: "year", as: Int.self))")
        }
        return keys
    }
}
