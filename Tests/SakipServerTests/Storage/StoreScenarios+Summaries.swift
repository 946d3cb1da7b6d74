import FluentKit
import Foundation
import SakipCore
import SQLKit
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// The stored summary of an office-year.
    static func storedSummary(_ store: OfficeYearStore, officeYearID: UUID) async throws -> (model: OfficeYearSummaryModel, summary: OfficeYearSummary) {
        let model = try #require(try await OfficeYearSummaryModel.query(on: store.database).filter(\.$officeYear.$id == officeYearID).first())
        return (model, try OfficeYearSummary.decode(Data(model.json.utf8)))
    }

    static func summary_followsEveryChange_onceItCommits(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            var file = try Seeds.load("pematangsiantar-2024-corrected")
            file.measurement.rows = []
            let created = try await store.replace(file)
            let row = try #require(file.governingAgreement?.rows.first { row in
                file.indicator(row.indicatorId)?.kind == .percentage && (row.target.amount ?? 0) > 0
            })
            let before = try await storedSummary(store, officeYearID: created.id)

            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: row.indicatorId, quarter: .fourth,
                                            value: .percentage(40), explanation: "", evidence: [], by: actor("Operator"))
            let after = try await storedSummary(store, officeYearID: created.id)
            let loaded = try #require(try await store.stored(officeCode: file.office.code, year: file.year))

            #expect(before.model.officeYearVersion == 1)
            #expect(before.summary.indicator(row.indicatorId)?.capaian == nil)
            #expect(after.model.officeYearVersion == loaded.version && loaded.version == 2)
            #expect(after.model.engineVersion == OfficeYearSummary.currentEngineVersion)
            #expect(after.summary.indicator(row.indicatorId)?.capaian != nil)
            #expect(after.summary.indicator(row.indicatorId)?.capaian
                    == loaded.file.measure().rows.first { $0.indicator.id == row.indicatorId }?.achievement.percent)
            #expect(after.summary.capaian == loaded.file.measure().officeMean)
            #expect(after.summary == OfficeYearSummary(loaded.file))
            let count = try await OfficeYearSummaryModel.query(on: store.database).count()
            #expect(count == 1)
            // A writer that finishes last with an older version does not overwrite the newer summary.
            await store.refreshSummary(created)
            let kept = try await storedSummary(store, officeYearID: created.id)
            #expect(kept.model.officeYearVersion == 2)
            #expect(kept.summary == after.summary)
        }
    }

    static func recomputeSummaries_fixesStaleRows_andLeavesCurrentOnes(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let first = try await store.replace(try Seeds.load("asahan-2024-corrected"))
            let second = try await store.replace(try Seeds.load("pagaralam-2024-corrected"))
            let sql = store.database as! any SQLDatabase
            // An older engine wrote the first; the second's row lags behind its office-year's version.
            try await sql.raw("UPDATE office_year_summaries SET engine_version = 0, json = '{}' WHERE office_year_id = \(bind: first.id)").run()
            try await sql.raw("UPDATE office_years SET version = 7 WHERE id = \(bind: second.id)").run()

            let fixed = try await store.recomputeSummaries()
            let again = try await store.recomputeSummaries()
            let everything = try await store.recomputeSummaries(all: true)

            #expect(fixed == OfficeYearStore.SummaryRecount(recomputed: 2, current: 0, failed: []))
            #expect(again == OfficeYearStore.SummaryRecount(recomputed: 0, current: 2, failed: []))
            #expect(everything.recomputed == 2)
            let repaired = try await storedSummary(store, officeYearID: first.id)
            #expect(repaired.model.engineVersion == OfficeYearSummary.currentEngineVersion)
            #expect(repaired.summary == OfficeYearSummary(first.file))
            #expect(try await storedSummary(store, officeYearID: second.id).model.officeYearVersion == 7)
        }
    }
}
