import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func saveRealisation_upsertsTheQuarter_andChangesTheCapaian(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            // A year kept in the application: no stated measurement table, so the governing PK is measured
            // against the quarterly realisations.
            var file = try Seeds.load("pematangsiantar-2024-corrected")
            file.measurement.rows = []
            try await store.replace(file)
            let operatorID = try await makeUser(store, "operator", role: .officeOperator, officeCode: file.office.code)
            let row = try #require(file.governingAgreement?.rows.first { row in
                file.indicator(row.indicatorId)?.kind == .percentage && (row.target.amount ?? 0) > 0
            })
            let id = row.indicatorId
            func percent() async throws -> Decimal? {
                let loaded = try #require(try await store.load(officeCode: file.office.code, year: file.year))
                return loaded.measure().rows.first { $0.indicator.id == id }?.achievement.percent
            }
            #expect(try await percent() == nil)

            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth,
                                            value: .percentage(40), explanation: "awal", evidence: [], by: actor("Operator Satu", operatorID))
            let first = try await percent()
            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth,
                                            value: .percentage(80), explanation: "koreksi", evidence: ["https://example.org/b.pdf"],
                                            by: actor("Operator Satu", operatorID))
            let second = try await percent()

            #expect(first != nil)
            #expect(second != nil)
            #expect(first != second)
            let loaded = try #require(try await store.stored(officeCode: file.office.code, year: file.year))
            let entries = loaded.file.realisations.filter { $0.indicatorId == id }
            #expect(entries.count == 1)
            #expect(entries.first?.value == .percentage(80))
            #expect(entries.first?.explanation == "koreksi")
            #expect(entries.first?.evidence == ["https://example.org/b.pdf"])
            #expect(loaded.updatedByName == "Operator Satu")
            // Each change is in the audit trail, field by field, with the value before and after.
            let trail = try await store.auditTrail(officeYearID: loaded.id, table: "realisations")
            let value = trail.filter { $0.row == "\(id) TW4" && $0.field == "value" }
            #expect(value.map(\.before) == ["40 %"])
            #expect(value.map(\.after) == ["80 %"])
            #expect(value.first?.userID == operatorID)
            #expect(trail.contains { $0.row == "\(id) TW4" && $0.field.isEmpty && $0.before == nil })

            // "diubah oleh … pada …" names the newest change of the row, read without the whole trail.
            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth,
                                            value: .percentage(80), explanation: "koreksi kedua", evidence: ["https://example.org/b.pdf"],
                                            by: actor("Operator Dua"))
            let last = try await store.lastChanges(officeYearID: loaded.id, tables: ["realisations"])
            let newest = try #require(last["realisations[\(id) TW4]"])
            #expect(newest.userName == "Operator Dua" && newest.field == "explanation" && newest.after == "koreksi kedua")
            #expect(try await store.lastChanges(officeYearID: loaded.id, tables: ["budget"]).isEmpty)

            #expect(try await store.deleteRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth, by: actor("Operator Satu")))
            #expect(try await percent() == nil)
        }
    }

    static func saveRealisation_wrongKindOrUnknownIndicator_isRefused(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("pematangsiantar-2024-corrected")
            try await store.replace(file)
            let percentage = try #require(file.indicators.first { $0.kind == .percentage })

            let wrongKind = await #expect(throws: StorageError.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: percentage.id,
                                                quarter: .first, value: .grade("WTP"), by: actor("operator"))
            }
            let unknown = await #expect(throws: StorageError.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: "TIDAK-ADA",
                                                quarter: .first, value: .percentage(1), by: actor("operator"))
            }
            let noYear = await #expect(throws: StorageError.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: 1999, indicatorId: percentage.id,
                                                quarter: .first, value: .percentage(1), by: actor("operator"))
            }

            #expect(wrongKind?.kind == .invalid)
            #expect(unknown?.kind == .notFound)
            #expect(unknown?.message.contains("TIDAK-ADA") == true)
            #expect(noYear?.kind == .notFound)
            #expect(try await store.load(officeCode: file.office.code, year: file.year) == file)
        }
    }
}
