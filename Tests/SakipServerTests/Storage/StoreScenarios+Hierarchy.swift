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

    static func hierarchy_parentImportedAfterChild_linksByName(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let pagaralam = try Seeds.load("pagaralam-2024-corrected")
            try await store.replace(pagaralam)
            #expect(try await store.office(code: pagaralam.office.code)?.$parent.id == nil)
            let province = OfficeYear(year: 2024, office: Office(code: "654100", name: try #require(pagaralam.office.parentName),
                                                                 level: .provinsi))

            try await store.replace(province)

            let parent = try #require(try await store.office(code: "654100"))
            #expect(try await store.office(code: pagaralam.office.code)?.$parent.id == parent.id)
            #expect(try await store.load(officeCode: pagaralam.office.code, year: 2024) == pagaralam)
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
