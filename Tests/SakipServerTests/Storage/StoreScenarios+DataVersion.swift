import FluentKit
import Foundation
import SakipCore
import SQLKit
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// The consolidation's data version moves with every committed change of what consolidation reads, whoever writes
    /// it (the store, a command, a raw statement), and stays put on reads and on a change rolled back.
    static func dataVersion_movesWithEveryChangeConsolidationReads(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let sql = try #require(store.database as? any SQLDatabase)
            func version() async throws -> String { try #require(try await DataVersion.current(DataVersion.consolidation, on: store.database)) }
            var last = try await version()
            func expectMoved(_ what: Comment) async throws {
                let now = try await version()
                #expect(now != last, what)
                last = now
            }

            let asahan = try Seeds.load("asahan-2024-corrected")
            let code = asahan.office.code
            _ = try await store.replace(asahan)
            try await expectMoved("an office-year imported: its office and summary")
            let render: @Sendable (OfficeYear, String) throws -> Data? = { _, footer in Data(footer.utf8) }
            _ = try await store.transition(officeCode: code, year: 2024, document: .pk, action: .submit, as: .leader,
                                           by: actor("ketua.asahan"), note: nil, render: render)
            try await expectMoved("a submission")
            try await store.setDeadline(.lkj, year: 2024, to: try #require(CalendarDate(year: 2025, month: 2, day: 28)), by: actor("admin"))
            try await expectMoved("a deadline")
            _ = try await store.saveCatalogueDecisions([.init(officeCode: code, statement: "Persentase Partisipasi Pemilih", outcome: .entry("IKU-07"))],
                                                       by: actor("evaluator.kpuri"), on: try #require(CalendarDate(year: 2025, month: 1, day: 6)))
            try await expectMoved("a catalogue decision")

            // Reads leave it.
            _ = try await store.consolidationInput(.national, years: [2024], today: try #require(CalendarDate(year: 2025, month: 3, day: 1)))
            _ = try await store.load(officeCode: code, year: 2024)
            #expect(try await version() == last)

            // Any statement on any table it covers, as a tool would issue it, moves it once committed.
            for table in CreateDataVersions.consolidationTables {
                let rows = try #require(try await sql.raw("SELECT count(*) AS n FROM \(unsafeRaw: table)").first()).decode(column: "n", as: Int.self)
                #expect(rows > 0, "\(table) has rows to change")
                try await sql.raw("UPDATE \(unsafeRaw: table) SET id = id").run()
                try await expectMoved("\(table) changed by a raw statement")
            }
            // A change rolled back leaves it.
            struct Rollback: Error {}
            await #expect(throws: Rollback.self) {
                try await store.database.transaction { db in
                    try await (db as! any SQLDatabase).raw("DELETE FROM catalogue_decisions").run()
                    throw Rollback()
                }
            }
            #expect(try await version() == last)
        }
    }
}
