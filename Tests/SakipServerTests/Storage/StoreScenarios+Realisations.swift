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
                                            value: .percentage(40), explanation: "awal", evidence: [], userID: operatorID)
            let first = try await percent()
            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth,
                                            value: .percentage(80), explanation: "koreksi", evidence: ["https://example.org/b.pdf"],
                                            userID: operatorID)
            let second = try await percent()

            #expect(first != nil)
            #expect(second != nil)
            #expect(first != second)
            let stored = try await RealisationModel.query(on: store.database).filter(\.$indicatorKey == id).all()
            #expect(stored.count == 1)
            #expect(stored.first.flatMap { try? MeasureValue.parse($0.value) } == .percentage(80))
            #expect(stored.first?.explanation == "koreksi")
            #expect(stored.first?.evidence == ["https://example.org/b.pdf"])
            #expect(stored.first?.enteredByUserID == operatorID)
            #expect(stored.first?.updatedAt != nil)

            #expect(try await store.deleteRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .fourth))
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
                                                quarter: .first, value: .grade("WTP"), userID: nil)
            }
            let unknown = await #expect(throws: StorageError.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: "TIDAK-ADA",
                                                quarter: .first, value: .percentage(1), userID: nil)
            }
            let noYear = await #expect(throws: StorageError.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: 1999, indicatorId: percentage.id,
                                                quarter: .first, value: .percentage(1), userID: nil)
            }

            #expect(wrongKind?.kind == .invalid)
            #expect(unknown?.kind == .notFound)
            #expect(unknown?.message.contains("TIDAK-ADA") == true)
            #expect(noYear?.kind == .notFound)
            #expect(try await RealisationModel.query(on: store.database).count() == 0)
        }
    }
}
