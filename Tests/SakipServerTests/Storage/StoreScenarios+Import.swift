import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func replace_failingLateInsert_leavesStoredYearUnchanged(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let original = try Seeds.load("asahan-2024")
            try await store.replace(original)
            var broken = try Seeds.load("asahan-2024-corrected")
            let realisation = QuarterlyRealisation(indicatorId: broken.indicators[0].id, quarter: .first, value: .percentage(50))
            // The same quarter twice: people, indicators, PK … are inserted before the realisations fail.
            broken.realisations = [realisation, realisation]

            let error = await #expect(throws: StorageError.self) { try await store.replace(broken) }

            #expect(error?.kind == .failed)
            #expect(error?.message.contains("Impor data \(original.office.name)") == true)
            #expect(error?.message.contains("realisasi triwulanan") == true)
            #expect(error?.message.contains("Tidak ada data yang diubah") == true)
            #expect(try await store.load(officeCode: original.office.code, year: original.year) == original)
            #expect(try await store.years(officeCode: original.office.code) == [original.year])
        }
    }

    static func replace_failingImportOfNewOffice_createsNoOffice(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            var file = try Seeds.load("pematangsiantar-2024-corrected")
            let realisation = QuarterlyRealisation(indicatorId: file.indicators[0].id, quarter: .second, value: .percentage(70))
            file.realisations = [realisation, realisation]

            await #expect(throws: StorageError.self) { try await store.replace(file) }

            #expect(try await store.office(code: file.office.code) == nil)
            #expect(try await store.offices().isEmpty)
            #expect(try await AreaModel.query(on: store.database).count() == 0)
            #expect(try await PersonModel.query(on: store.database).count() == 0)
        }
    }

    static func replace_sameOfficeAndYearAgain_replacesEverythingButComments(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let printed = try Seeds.load("pagaralam-2024")
            let corrected = try Seeds.load("pagaralam-2024-corrected")
            let first = try await store.replace(printed)
            let reviewer = try await makeUser(store, "reviewer", role: .reviewer)
            try await store.addComment(officeCode: printed.office.code, year: printed.year, userID: reviewer,
                                       subject: "indicator:I1", text: "Mohon periksa target I1.")

            let second = try await store.replace(corrected)

            #expect(second.id == first.id)
            #expect(try await store.load(officeCode: corrected.office.code, year: corrected.year) == corrected)
            #expect(try await store.years(officeCode: corrected.office.code) == [2024])
            #expect(try await IndicatorHistoryModel.query(on: store.database).count() == corrected.indicatorHistory.count)
            #expect(try await OfficeModel.query(on: store.database).count() == 1)
            #expect(try await AreaModel.query(on: store.database).count() == corrected.office.areas.count)
            let comments = try await store.comments(officeCode: corrected.office.code, year: corrected.year)
            #expect(comments.map(\.text) == ["Mohon periksa target I1."])
            #expect(comments.first?.user.username == "reviewer")
        }
    }

    static func years_listsEveryYearOfAnOffice(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            var file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            file.year = 2023
            try await store.replace(file)

            #expect(try await store.years(officeCode: file.office.code) == [2023, 2024])
            #expect(try await store.years(officeCode: "000000") == [])
            #expect(try await store.load(officeCode: file.office.code, year: 2022) == nil)
            #expect(try await store.load(officeCode: file.office.code, year: 2023) == file)
        }
    }
}
