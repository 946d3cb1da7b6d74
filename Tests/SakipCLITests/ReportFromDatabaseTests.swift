import Foundation
import SakipCore
import SakipDocuments
import SakipServer
import Testing
@testable import SakipCLI

/// `sakip report --office --year` reads the office-year from the application's database.
@Suite struct ReportFromDatabaseTests {
    @Test func lkjOfAStoredOffice_isTheLkjOfItsData() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-report-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var config = AppConfig(storage: .sqliteFile(path))
        config.bcryptCost = 4
        let app = try await makeApplication(config: config)
        try await DemoData.load(on: app.db, hasher: app.password)
        try await app.asyncShutdown()

        let stored = try #require(try await ReportCommand.load(office: "655921", year: 2024, config: config))
        #expect(stored.office.name == "KPU Kabupaten Asahan")
        let bytes = try ReportCommand.render(.lkj, stored, format: .docx)
        #expect(bytes == (try DocumentRenderer.render(.lkj, stored, format: .docx)))
        #expect(try await ReportCommand.load(office: "655921", year: 2019, config: config) == nil)
    }

    @Test func fileAndOffice_areExclusive() throws {
        #expect(throws: (any Error).self) { try ReportCommand.parse(["lkj", "a.json", "--office", "655921", "--year", "2024"]) }
        #expect(throws: (any Error).self) { try ReportCommand.parse(["lkj", "--office", "655921"]) }
        _ = try ReportCommand.parse(["lkj", "--office", "655921", "--year", "2024"])
    }
}
