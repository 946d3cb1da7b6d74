import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// A province's consolidation input, read back after the national load of one province: its Kab/Kota, their
    /// summaries, the submission states of their scenarios and the confirmed mapping; the national scope holds more.
    static func consolidationInput_readsAProvince_asItsScenariosDescribe(_ backend: TestBackend) async throws {
        let configuration = NationalDataSet.Configuration(years: 2023...2024)
        let dataSet = try NationalDataSet.reference(seedDirectory: DemoData.seedDirectory, configuration: configuration)
        let province = try #require(dataSet.offices.first { $0.name == "KPU Provinsi Bengkulu" })
        let today = try #require(CalendarDate(year: 2025, month: 1, day: 10))
        try await withStore(backend) { store in
            try await NationalDemoData.load(on: store.database, hasher: InstantHasher(), configuration: configuration, provinces: ["Bengkulu"])
            let provinceID = try await provinceModelID(store, code: province.code)

            let input = try await store.consolidationInput(.province(provinceID), years: [2024], today: today)
            let national = try await store.consolidationInput(.national, years: [2023, 2024], today: today)
            let cached = try await store.consolidationInput(.province(provinceID), years: [2024], today: today)

            try checkProvinceInput(input, national: national, cached: cached, dataSet: dataSet, provinceCode: province.code)
        }
    }

    private static func provinceModelID(_ store: OfficeYearStore, code: String) async throws -> UUID {
        let model = try await store.office(code: code)
        return try #require(model?.id)
    }

    private static func checkProvinceInput(_ input: ConsolidationInput, national: ConsolidationInput, cached: ConsolidationInput,
                                           dataSet: NationalDataSet, provinceCode: String) throws {
        let kabKota = dataSet.offices.filter { $0.metadata.parentCode == provinceCode }
        #expect(input.offices.count == kabKota.count + 1)
        #expect(input.summaries.count == kabKota.count + 1)
        #expect(cached.summaries == input.summaries)
        #expect(national.summaries.count == 2 * (kabKota.count + 2))
        for office in kabKota {
            let scenario = try #require(dataSet.scenario(officeCode: office.code, year: 2024))
            let status = try #require(input.status(office.code, year: 2024))
            #expect(status.pk?.state == scenario.pk.state)
            #expect(status.lkj?.state == scenario.lkj.state)
            // A PK never submitted counts its days past 31 January 2024 on 10 January 2025.
            let expectedLate = scenario.pk.state == .draft ? 345 : scenario.pk.daysLate
            #expect(status.pk?.daysLate == expectedLate)
            #expect(status.lastChange != nil)
        }
        // The mapping confirmed in the load puts every Kab/Kota in the comparisons of the templates' IKU.
        let consolidation = try #require(ProvinceConsolidation.build(provinceCode: provinceCode, year: 2024, input: input))
        #expect(consolidation.statusBoard.count == kabKota.count)
        #expect(!consolidation.comparisons.filter { $0.rows.count == kabKota.count }.isEmpty)
        let first = try #require(kabKota.first?.code)
        let summary = try #require(input.summary(first, year: 2024))
        let generated = try #require(dataSet.officeYear(officeCode: first, year: 2024))
        #expect(summary == OfficeYearSummary(generated))
    }
}
