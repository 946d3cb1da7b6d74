import FluentKit
import Foundation
import SakipCore
import SQLKit
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func uniqueConstraints_refuseDuplicates(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let db = store.database
            let file = try Seeds.load("asahan-2024-corrected")
            let stored = try await store.replace(file)

            await #expect(throws: (any Error).self) {
                try await OfficeModel(code: file.office.code, name: "Kembar", level: "kabupatenKota", parentID: nil).create(on: db)
            }
            let office = try #require(try await store.office(code: file.office.code))
            let twin = OfficeYearModel()
            twin.$office.id = try office.requireID()
            twin.year = file.year
            twin.version = 1
            twin.digest = "x"
            twin.updatedAt = Date()
            twin.updatedByName = "uji"
            await #expect(throws: (any Error).self) { try await twin.create(on: db) }
            await #expect(throws: StorageError.self) { try await store.create(file, by: actor("uji")) }

            _ = try await makeUser(store, "operator", role: .officeOperator)
            await #expect(throws: (any Error).self) { _ = try await makeUser(store, "operator", role: .reviewer) }

            #expect(try await OfficeYearModel.query(on: db).count() == 1)
            #expect(try await OfficeYearDocumentModel.query(on: db).count() == 1)
            #expect(try await UserModel.query(on: db).count() == 1)
            #expect(try await store.stored(officeCode: file.office.code, year: file.year)?.version == stored.version)
        }
    }

    static func auditTrail_isAppendOnly_inTheDatabaseItself(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            let sql = try #require(store.database as? any SQLDatabase)
            let before = try await AuditEntryModel.query(on: store.database).count()
            #expect(before > 0)

            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE audit_entries SET after = 'diubah'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM audit_entries").run() }
            let entry = try #require(try await AuditEntryModel.query(on: store.database).first())
            entry.after = "diubah"
            await #expect(throws: (any Error).self) { try await entry.update(on: store.database) }

            #expect(try await AuditEntryModel.query(on: store.database).count() == before)
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$after == "diubah").count() == 0)
        }
    }

    static func deletingAnOfficeYear_removesItsDocumentAndComments_butKeepsTheTrail(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let db = store.database
            let file = try Seeds.load("pagaralam-2024-corrected")
            try await store.replace(file)
            let reviewer = try await makeUser(store, "reviewer", role: .reviewer)
            try await store.addComment(officeCode: file.office.code, year: file.year, userID: reviewer, subject: "umum", text: "Catatan.")
            let model = try #require(try await store.officeYearModel(officeCode: file.office.code, year: file.year))
            let trail = try await AuditEntryModel.query(on: db).count()

            try await model.delete(on: db)

            #expect(try await OfficeYearDocumentModel.query(on: db).count() == 0)
            #expect(try await CommentModel.query(on: db).count() == 0)
            #expect(try await AuditEntryModel.query(on: db).count() == trail)
            #expect(try await store.office(code: file.office.code) != nil)
            #expect(try await store.load(officeCode: file.office.code, year: file.year) == nil)
        }
    }

    static func migrations_revert_dropEveryTable(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            for migration in StorageMigrations.all.reversed() { try await migration.revert(on: store.database).get() }

            await #expect(throws: (any Error).self) { _ = try await OfficeModel.query(on: store.database).count() }
            await #expect(throws: (any Error).self) { _ = try await AuditEntryModel.query(on: store.database).count() }

            for migration in StorageMigrations.all { try await migration.prepare(on: store.database).get() }
            #expect(try await OfficeModel.query(on: store.database).count() == 0)
        }
    }

    static func legacyDatabase_isRefused_withAnIndonesianMessage(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let sql = try #require(store.database as? any SQLDatabase)
            try await sql.raw("CREATE TABLE realisations (id INTEGER)").run()

            let error = await #expect(throws: StorageError.self) { try await RefuseLegacySchema().prepare(on: store.database) }

            #expect(error?.message.contains("versi lama") == true)
            #expect(error?.message.contains("Ekspor") == true)
        }
    }
}
