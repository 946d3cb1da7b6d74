import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func signedAgreement_revised_makesNextRevision_andKeepsTheSignedOne(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            let leader = try await makeUser(store, "ketua", role: .officeLeader, officeCode: file.office.code)
            let operatorActor = actor("operator")
            let signed = try #require(file.agreements.current(.ketua))
            #expect(signed.signedOn != nil)
            var rows = signed.rows
            rows[0].target = .percentage(99)
            let code = file.office.code

            let draft = try await store.reviseAgreement(officeCode: code, year: 2024, level: .ketua, rows: rows, programs: signed.programs, by: operatorActor)
            rows[1].activityTarget = "1 Layanan"
            let edited = try await store.reviseAgreement(officeCode: code, year: 2024, level: .ketua, rows: rows, programs: [], by: operatorActor)

            #expect(draft.revision == signed.revision + 1)
            #expect(draft.signedOn == nil)
            #expect(draft.firstParty == signed.firstParty)
            #expect(edited.revision == draft.revision)
            #expect(edited.rows == rows)
            #expect(edited.programs.isEmpty)
            var loaded = try #require(try await store.load(officeCode: code, year: 2024))
            #expect(loaded.agreements.filter { $0.level == .ketua }.count == 2)
            #expect(loaded.agreements.contains(signed))
            #expect(loaded.governingAgreement == edited)

            let date = try #require(CalendarDate(year: 2024, month: 7, day: 1))
            let fixed = try await store.signAgreement(officeCode: code, year: 2024, level: .ketua, on: date, by: actor("ketua", leader))
            let again = try await store.signAgreement(officeCode: code, year: 2024, level: .ketua,
                                                      on: try #require(CalendarDate(year: 2024, month: 8, day: 1)), by: actor("ketua", leader))

            #expect(fixed.signedOn == date)
            #expect(fixed.revision == edited.revision)
            #expect(again == fixed)
            loaded = try #require(try await store.load(officeCode: code, year: 2024))
            #expect(loaded.agreements.filter { $0.level == .ketua }.count == 2)
            // Who signed, and when, is in the audit trail.
            let stored = try #require(try await store.stored(officeCode: code, year: 2024))
            let signing = try await store.auditTrail(officeYearID: stored.id).filter { $0.field == "signedOn" }
            #expect(signing.count == 1)
            #expect(signing.first?.userID == leader)
            #expect(signing.first?.after == "2024-07-01")
            #expect(signing.first?.row == "ketua rev\(fixed.revision)")

            let next = try await store.reviseAgreement(officeCode: code, year: 2024, level: .ketua, rows: signed.rows, programs: [], by: operatorActor)
            #expect(next.revision == fixed.revision + 1)
            #expect(try await store.load(officeCode: code, year: 2024)?.agreements.contains(fixed) == true)
        }
    }

    static func draftAgreement_revised_isEditedInPlace_thenSigned(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("pagaralam-2024-corrected")
            try await store.replace(file)
            let imported = try #require(file.agreements.current(.ketua))
            #expect(imported.signedOn == nil)
            let rows = Array(imported.rows.prefix(2))

            let edited = try await store.reviseAgreement(officeCode: file.office.code, year: 2024, level: .ketua, rows: rows,
                                                         programs: imported.programs, by: actor("operator"))
            let date = try #require(CalendarDate(year: 2024, month: 1, day: 15))
            let signed = try await store.signAgreement(officeCode: file.office.code, year: 2024, level: .ketua, on: date, by: actor("ketua"))

            #expect(edited.revision == imported.revision)
            #expect(edited.rows == rows)
            #expect(signed.signedOn == date)
            #expect(try await store.load(officeCode: file.office.code, year: 2024)?.agreements.filter { $0.level == .ketua }.count == 1)
        }
    }

    static func agreement_withUnknownIndicatorOrMissing_isRefused(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("pagaralam-2024-corrected")
            try await store.replace(file)
            let rows = [TargetRow(objectiveId: "S-TIDAK-ADA", indicatorId: "I-TIDAK-ADA", target: .percentage(100))]

            let unknown = await #expect(throws: StorageError.self) {
                try await store.reviseAgreement(officeCode: file.office.code, year: 2024, level: .ketua, rows: rows, programs: [], by: actor("operator"))
            }
            let missing = await #expect(throws: StorageError.self) {
                try await store.signAgreement(officeCode: file.office.code, year: 2024, level: .sekretaris,
                                              on: CalendarDate(year: 2024, month: 1, day: 2)!, by: actor("ketua"))
            }

            #expect(unknown?.kind == .invalid)
            #expect(unknown?.message.contains("I-TIDAK-ADA") == true)
            #expect(unknown?.message.contains("S-TIDAK-ADA") == true)
            #expect(missing?.kind == .notFound)
            #expect(try await store.load(officeCode: file.office.code, year: 2024) == file)
        }
    }
}
