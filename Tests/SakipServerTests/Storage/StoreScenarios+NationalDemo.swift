import FluentKit
import Foundation
import SakipCore
import SQLKit
import Testing
import Vapor
@testable import SakipServer

/// A password hasher that costs nothing, for loads in tests (the demo accounts' passwords are not checked here).
struct InstantHasher: PasswordHasher {
    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] { Array("instant:".utf8) + Array(password) }
    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        Array(digest) == Array("instant:".utf8) + Array(password)
    }
}

extension StoreScenarios {
    /// Two provinces of the national data set over two years, loaded beside the three reference offices of `sakip demo`.
    static func nationalDemo_loadsBesideTheDemo_withTheScenariosCounts(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let db = store.database
            try await DemoData.load(on: db, hasher: InstantHasher())
            let asahanBefore = try #require(try await store.stored(officeCode: "655921", year: 2024))
            let configuration = NationalDataSet.Configuration(years: 2023...2024)
            let provinces: Set<String> = ["Sumatera Utara", "Bengkulu"]
            let dataSet = try NationalDataSet.reference(seedDirectory: DemoData.seedDirectory, configuration: configuration)
            let offices = dataSet.offices.filter { $0.metadata.level == .ri || provinces.contains($0.metadata.provinceName ?? "") }
            let storedBefore = Set(try await OfficeModel.query(on: db).all().map(\.code))

            let report = try await NationalDemoData.load(on: db, hasher: InstantHasher(), configuration: configuration, provinces: provinces)
            let again = try await NationalDemoData.load(on: db, hasher: InstantHasher(), configuration: configuration, provinces: provinces)

            // Offices: every one of the two provinces, KPU RI standing for the demo's "kpu-ri".
            let kept = Set(["655921", "656024"])   // Asahan and Pematangsiantar 2024 came from the demo
            let newOffices = offices.filter { !storedBefore.contains($0.code) && $0.metadata.level != .ri }
            #expect(report.offices == newOffices.count)
            #expect(offices.count == 46)   // KPU RI, 2 provinces, 33 and 10 Kab/Kota
            let newYears = offices.flatMap { office in dataSet.years.map { (office, $0) } }
                .filter { !(kept.contains($0.0.code) && $0.1 == 2024) }
            #expect(report.officeYears == newYears.count)
            #expect(report.officeYearsKept == 2)
            let scenarios = newYears.compactMap { dataSet.scenario(officeCode: $0.0.code, year: $0.1) }
            let transitions = scenarios.flatMap { $0.pk.transitions + $0.lkj.transitions }
            #expect(report.submissions == 2 * newYears.count)
            #expect(report.events == transitions.count)
            #expect(report.notes == transitions.filter { $0.note != nil }.count)
            #expect(report.versions == transitions.filter { $0.to == .submitted || $0.to == .resubmitted }.count)
            #expect(report.notes > 0)
            #expect(report.versions > 0)
            #expect(report.accounts.map(\.username).sorted() == ["evaluator.bengkulu", "evaluator.kpuri", "evaluator.sumaterautara"])

            // In the database: the same counts, a summary for every office-year, nothing added by the second run.
            #expect(again.officeYears == 0)
            #expect(again.offices == 0)
            #expect(again.decisions == 0)
            let officeYearCount = try await OfficeYearModel.query(on: db).count()
            let summaryCount = try await OfficeYearSummaryModel.query(on: db).count()
            let submissionCount = try await SubmissionModel.query(on: db).count()
            let eventCount = try await SubmissionEventModel.query(on: db).count()
            let noteCount = try await SubmissionNoteModel.query(on: db).count()
            let versionCount = try await SubmissionVersionModel.query(on: db).count()
            let decisionCount = try await CatalogueDecisionModel.query(on: db).count()
            #expect(officeYearCount == newYears.count + 3)
            #expect(summaryCount == newYears.count + 3)
            #expect(submissionCount == report.submissions)
            #expect(eventCount == report.events)
            #expect(noteCount == report.notes)
            #expect(versionCount == report.versions)
            #expect(decisionCount == report.decisions)
            #expect(report.decisions > 0)
            let ris = try await OfficeModel.query(on: db).filter(\.$level == "ri").all()
            let ri = try #require(ris.first)
            #expect(ris.count == 1)
            #expect(ri.code == "kpu-ri")
            let bengkulu = try #require(try await OfficeModel.query(on: db).filter(\.$name == "KPU Provinsi Bengkulu").first())
            #expect(bengkulu.$parent.id == ri.id)
            let account = try #require(try await UserModel.query(on: db).filter(\.$username == "evaluator.bengkulu").first())
            #expect(account.userRole == .provincialEvaluator)
            #expect(account.$office.id == bengkulu.id)

            // The demo's own office-year is untouched.
            let asahanAfter = try #require(try await store.stored(officeCode: "655921", year: 2024))
            #expect(asahanAfter.version == asahanBefore.version)
            #expect(asahanAfter.file == asahanBefore.file)

            // A loaded office-year reads back as generated; its summary and submissions follow its scenario.
            let sample = try #require(newYears.first { $0.0.metadata.level == .kabupatenKota && $0.1 == 2024 })
            let generated = try #require(dataSet.officeYear(officeCode: sample.0.code, year: 2024))
            let loaded = try #require(try await store.stored(officeCode: sample.0.code, year: 2024))
            #expect(loaded.file == generated)
            let summary = try await storedSummary(store, officeYearID: loaded.id)
            #expect(summary.summary == OfficeYearSummary(loaded.file))
            let scenario = try #require(dataSet.scenario(officeCode: sample.0.code, year: 2024))
            let submissions = try await SubmissionModel.query(on: db).filter(\.$officeYear.$id == loaded.id).all()
            let pk = try #require(submissions.first { $0.document == "pk" })
            #expect(pk.state == scenario.pk.state.rawValue)
            #expect(pk.daysLate == scenario.pk.daysLate)
            #expect(pk.firstSubmittedOn == scenario.pk.submittedOn?.iso)

            // Every frozen version is the office-year document, addressed by its SHA-256.
            let version = try #require(try await SubmissionVersionModel.query(on: db).first())
            #expect(version.digest == SHA256Digest.hex(version.json))
            let submission = try await version.$submission.get(on: db)
            let documents = try await OfficeYearDocumentModel.query(on: db).filter(\.$officeYear.$id == submission.$officeYear.id).all()
            let document = try #require(documents.first)
            #expect(version.json == document.json)
        }
    }
}
