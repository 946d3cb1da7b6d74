import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// A file whose realisation names an indicator the year does not have: the office-year reader refuses it.
    static func dangling(_ file: OfficeYear) -> OfficeYear {
        var broken = file
        broken.realisations.append(QuarterlyRealisation(indicatorId: "I-TIDAK-ADA", quarter: .first, value: .percentage(50)))
        return broken
    }

    static func replace_invalidFile_leavesStoredYearUnchanged(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let original = try Seeds.load("asahan-2024")
            let first = try await store.replace(original)

            let error = await #expect(throws: StorageError.self) { try await store.replace(dangling(try Seeds.load("asahan-2024-corrected"))) }

            #expect(error?.kind == .invalid)
            #expect(error?.message.contains("I-TIDAK-ADA") == true)
            let stored = try #require(try await store.stored(officeCode: original.office.code, year: original.year))
            #expect(stored.file == original)
            #expect(stored.version == first.version)
            #expect(try await store.years(officeCode: original.office.code) == [original.year])
        }
    }

    static func replace_failingImportOfNewOffice_createsNoOffice(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = dangling(try Seeds.load("pematangsiantar-2024-corrected"))

            await #expect(throws: StorageError.self) { try await store.replace(file) }

            #expect(try await store.office(code: file.office.code) == nil)
            #expect(try await store.offices().isEmpty)
            #expect(try await AuditEntryModel.query(on: store.database).count() == 0)
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
            let again = try await store.replace(corrected)

            #expect(second.id == first.id)
            #expect(second.version == first.version + 1)
            #expect(again.version == second.version, "an import that changes nothing writes no version")
            #expect(try await store.load(officeCode: corrected.office.code, year: corrected.year) == corrected)
            #expect(try await store.years(officeCode: corrected.office.code) == [2024])
            #expect(try await OfficeModel.query(on: store.database).count() == 1)
            let comments = try await store.comments(officeCode: corrected.office.code, year: corrected.year)
            #expect(comments.map(\.text) == ["Mohon periksa target I1."])
            #expect(comments.first?.authorUsername == "reviewer")
            // The re-import is in the trail field by field: the printed mistakes and their corrections.
            let trail = try await store.auditTrail(officeYearID: second.id)
            let changes = OfficeYearDiff.changes(from: printed, to: corrected)
            #expect(trail.filter { $0.version == second.version }.count == changes.count)
            #expect(!changes.isEmpty)
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
