import Foundation
import Testing
@testable import SakipCore

@Suite struct NationalLoadTests {
    static let seeds = Fixtures.directory.appendingPathComponent("seeds")

    @Test func reference_fromTheSeedDirectory_isTheDataSetOfTheTemplates() throws {
        let loaded = try NationalDataSet.reference(seedDirectory: Self.seeds)
        #expect(loaded.digest(includingOfficeYears: false) == NationalFixture.dataSet.digest(includingOfficeYears: false))
    }

    @Test func reference_fromAMissingDirectory_throws() {
        #expect(throws: OfficeYearReadError.self) {
            try NationalDataSet.reference(seedDirectory: Self.seeds.appendingPathComponent("tidak-ada"))
        }
    }

    @Test func load_ofAnOffice_givesEachYearsDocumentAndScenario_readableBack() throws {
        let dataSet = NationalFixture.dataSet
        let asahan = try #require(dataSet.office("655921"))
        let load = dataSet.load(asahan)
        #expect(load.office == asahan)
        #expect(load.years.map(\.officeYear.year) == Array(2020...2024))
        for year in load.years {
            #expect(year.scenario == dataSet.scenario(officeCode: asahan.code, year: year.officeYear.year))
            let read = try OfficeYearReader.read(year.document)
            #expect(read.officeYear == year.officeYear)
            #expect(year.document == OfficeYearWriter.write(try #require(dataSet.officeYear(officeCode: asahan.code, year: year.officeYear.year))))
        }
    }

    @Test func forEachOfficeLoad_storesParentsBeforeChildren() {
        let dataSet = NationalDataSet(templates: NationalFixture.templates, configuration: .init(years: 2024...2024))
        var seen: Set<String> = []
        var orphans: [String] = []
        var count = 0
        dataSet.forEachOfficeLoad { load in
            if let parent = load.office.metadata.parentCode, !seen.contains(parent) { orphans.append(load.office.code) }
            seen.insert(load.office.code)
            count += load.years.count
        }
        #expect(orphans.isEmpty)
        #expect(count == 553)
    }
}
