import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// The one write path of catalogue decisions: inserts, changes, declarations and withdrawals with who and when,
    /// one audit entry per changed decision, nothing written for a decision left as it is, and a loaded data set
    /// that keeps what is stored.
    static func catalogueDecisions_areWrittenThroughOnePath_withWhoWhenAndTheirTrail(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            _ = try await store.replace(file)
            let office = file.office.code
            let officeID = try #require(try await store.office(code: office)?.id)
            let rina = actor("Rina"), budi = actor("Budi")
            let day = try #require(CalendarDate(year: 2025, month: 1, day: 6)), later = try #require(CalendarDate(year: 2025, month: 2, day: 3))
            let a = "Persentase Partisipasi Pemilih", b = "Nilai Maturitas SPIP", c = "Persentase kegiatan lokal"

            let first = try await store.saveCatalogueDecisions([
                .init(officeCode: office, statement: a, outcome: .entry("IKU-07")),
                .init(officeCode: office, statement: b, outcome: .entry("IK-16")),
                .init(officeCode: office, statement: c, outcome: .notInCatalogue),
                .init(officeCode: office, statement: "Tidak pernah diputuskan", outcome: .withdrawn),
            ], by: rina, on: day)
            // The same decisions again, one of them worded in capitals: nothing changes.
            let again = try await store.saveCatalogueDecisions([
                .init(officeCode: office, statement: a.uppercased() + ".", outcome: .entry("IKU-07")),
                .init(officeCode: office, statement: c, outcome: .notInCatalogue),
            ], by: budi, on: later)
            let changed = try await store.saveCatalogueDecisions([
                .init(officeCode: office, statement: a, outcome: .entry("IKU-08")),
                .init(officeCode: office, statement: b, outcome: .withdrawn),
            ], by: budi, on: later)
            let loaded = try await store.saveCatalogueDecisions([
                .init(officeCode: office, statement: a, outcome: .entry("IKU-01"), confirmedBy: "Data lama", confirmedOn: day),
                .init(officeCode: office, statement: b, outcome: .entry("IK-16"), confirmedBy: "Data lama", confirmedOn: day),
            ], by: .command("sakip demo --national"), on: later, keepingStored: true)

            #expect((first, again, changed, loaded) == (3, 0, 2, 1))
            let stored = try await CatalogueDecisionModel.query(on: store.database).sort(\.$statementKey).all()
            #expect(stored.map(\.statementKey) == [IndicatorText.key(b), IndicatorText.key(c), IndicatorText.key(a)])
            let decisionA = try #require(try await store.catalogueDecision(officeCode: office, statement: a))
            #expect(decisionA.catalogueCode == "IKU-08" && decisionA.confirmedBy == "Budi" && decisionA.confirmedOn == later)
            let decisionB = try #require(try await store.catalogueDecision(officeCode: office, statement: b))
            #expect(decisionB.catalogueCode == "IK-16" && decisionB.confirmedBy == "Data lama" && decisionB.confirmedOn == day)
            let decisionC = try #require(try await store.catalogueDecision(officeCode: office, statement: c))
            #expect(decisionC.catalogueCode == nil && decisionC.confirmedBy == "Rina" && decisionC.confirmedOn == day)

            let trail = try await store.catalogueDecisionHistory(limit: 50)
            #expect(trail.count == 6)
            #expect(trail.allSatisfy { $0.officeID == officeID && $0.officeYearID == nil && $0.field == "catalogue_code" })
            let aTrail = trail.filter { $0.path.contains(IndicatorText.key(a)) }.sorted { ($0.before ?? "") < ($1.before ?? "") }
            #expect(aTrail.map { "\($0.before ?? "∅")→\($0.after ?? "∅") \($0.userName)" } == ["∅→IKU-07 Rina", "IKU-07→IKU-08 Budi"])
            #expect(trail.contains { $0.before == "IK-16" && $0.after == nil && $0.userName == "Budi" })
            #expect(trail.contains { $0.before == nil && $0.after == OfficeYearStore.notInCatalogueAuditValue && $0.row == "\(office) · \(c)" })
            #expect(trail.contains { $0.before == nil && $0.after == "IK-16" && $0.userName == "sakip demo --national" })
            #expect(try await store.summaryYears() == [2024])
        }
    }
}
