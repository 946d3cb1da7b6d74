import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func uniqueConstraints_refuseDuplicates(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let db = store.database
            let file = try Seeds.load("asahan-2024-corrected")
            let officeYear = try await store.replace(file)
            let officeID = officeYear.$office.id

            let office = OfficeModel()
            office.apply(Office(code: file.office.code, name: "Kembar", level: .kabupatenKota))
            await #expect(throws: (any Error).self) { try await office.create(on: db) }

            let year = OfficeYearModel()
            year.$office.id = officeID
            year.apply(OfficeYear(year: file.year, office: file.office))
            await #expect(throws: (any Error).self) { try await year.create(on: db) }

            _ = try await makeUser(store, "operator", role: .officeOperator)
            await #expect(throws: (any Error).self) { _ = try await makeUser(store, "operator", role: .reviewer) }

            let realisation = QuarterlyRealisation(indicatorId: "I1", quarter: .third, value: .percentage(10))
            try await RealisationModel(realisation, officeYearID: officeYear.requireID(), position: 0).create(on: db)
            await #expect(throws: (any Error).self) {
                try await RealisationModel(realisation, officeYearID: officeYear.requireID(), position: 1).create(on: db)
            }

            let agreement = try #require(file.agreements.first)
            await #expect(throws: (any Error).self) {
                try await AgreementModel(agreement, officeYearID: officeYear.requireID(), position: 9).create(on: db)
            }

            #expect(try await OfficeModel.query(on: db).count() == 1)
            #expect(try await OfficeYearModel.query(on: db).count() == 1)
            #expect(try await UserModel.query(on: db).count() == 1)
        }
    }

    static func deletingAnOfficeYear_cascadesToItsRows(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let db = store.database
            let file = try Seeds.load("pagaralam-2024-corrected")
            let officeYear = try await store.replace(file)
            #expect(try await BudgetLineModel.query(on: db).count() > 0)

            try await officeYear.delete(on: db)

            #expect(try await BudgetLineModel.query(on: db).count() == 0)
            #expect(try await TargetRowModel.query(on: db).count() == 0)
            #expect(try await AgreementModel.query(on: db).count() == 0)
            #expect(try await ClaimModel.query(on: db).count() == 0)
            #expect(try await store.office(code: file.office.code) != nil)
        }
    }

    static func migrations_revert_dropEveryTable(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            for migration in StorageMigrations.all.reversed() { try await migration.revert(on: store.database).get() }

            await #expect(throws: (any Error).self) { _ = try await OfficeModel.query(on: store.database).count() }

            for migration in StorageMigrations.all { try await migration.prepare(on: store.database).get() }
            #expect(try await OfficeModel.query(on: store.database).count() == 0)
        }
    }
}
