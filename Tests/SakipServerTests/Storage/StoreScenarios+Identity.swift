import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func hierarchy_childImportedAfterParent_linksByCode(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let asahan = try Seeds.load("asahan-2024-corrected")
            let province = OfficeYear(year: 2024, office: Office(code: try #require(asahan.office.parentCode),
                                                                 name: "KPU Provinsi Sumatera Utara", level: .provinsi))
            try await store.replace(province)

            try await store.replace(asahan)

            let child = try #require(try await store.office(code: asahan.office.code))
            let parent = try #require(try await store.office(code: province.office.code))
            #expect(child.$parent.id == parent.id)
            #expect(try await store.offices().map(\.code) == [province.office.code, asahan.office.code])
        }
    }

    static func officeImport_cannotChangeNameLevelOrParent(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let asahan = try Seeds.load("asahan-2024-corrected")
            try await store.replace(OfficeYear(year: 2024, office: Office(code: try #require(asahan.office.parentCode),
                                                                          name: "KPU Provinsi Sumatera Utara", level: .provinsi)))
            try await store.replace(OfficeYear(year: 2024, office: Office(code: "kpu-ri", name: "KPU RI", level: .ri)))
            try await store.replace(asahan)
            let operatorActor = actor("operator.asahan")

            var renamed = asahan
            renamed.office.name = "<script>alert(1)</script>"
            var promoted = asahan
            promoted.office.level = .ri
            promoted.office.parentCode = nil
            var moved = asahan
            moved.office.parentCode = "kpu-ri"
            moved.office.parentName = "KPU RI"

            for file in [renamed, promoted, moved] {
                let error = await #expect(throws: StorageError.self) {
                    try await store.importFile(file, by: operatorActor, identity: .mustMatch)
                }
                #expect(error?.message.contains("hanya dapat diubah oleh admin nasional") == true)
            }
            var sameIdentity = asahan
            sameIdentity.realisations = []
            try await store.importFile(sameIdentity, by: operatorActor, identity: .mustMatch)

            let office = try #require(try await store.office(code: asahan.office.code))
            #expect(office.name == asahan.office.name)
            #expect(office.level == "kabupatenKota")
            #expect(try await office.$parent.get(on: store.database)?.code == asahan.office.parentCode)
            #expect(try await store.load(officeCode: asahan.office.code, year: 2024)?.realisations.isEmpty == true)
        }
    }

    static func identity_comesFromTheOfficeTable_whateverTheDocumentSays(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let asahan = try Seeds.load("asahan-2024-corrected")
            try await store.replace(asahan)
            let office = try #require(try await store.office(code: asahan.office.code))
            office.name = "KPU Kabupaten Asahan (nama baru)"
            try await office.update(on: store.database)

            let loaded = try #require(try await store.load(officeCode: asahan.office.code, year: 2024))
            // A change through a page cannot give the office another name either.
            try await store.change(officeCode: asahan.office.code, year: 2024, by: actor("operator")) { file in
                file.office.name = "Nama lain"
                file.office.address = "Jl. Baru 1"
            }
            let changed = try #require(try await store.load(officeCode: asahan.office.code, year: 2024))

            #expect(loaded.office.name == "KPU Kabupaten Asahan (nama baru)")
            #expect(changed.office.name == "KPU Kabupaten Asahan (nama baru)")
            #expect(changed.office.address == "Jl. Baru 1")
        }
    }

    static func offices_orderedByLevelThenName(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            for office in [Office(code: "3", name: "KPU Kota B", level: .kabupatenKota),
                           Office(code: "2", name: "KPU Provinsi Z", level: .provinsi),
                           Office(code: "4", name: "KPU Kabupaten A", level: .kabupatenKota),
                           Office(code: "1", name: "KPU RI", level: .ri)] {
                try await store.replace(OfficeYear(year: 2024, office: office))
            }

            #expect(try await store.offices().map(\.code) == ["1", "2", "4", "3"])
        }
    }
}
