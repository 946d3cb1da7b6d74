import Foundation
import Testing
@testable import SakipCore

/// Starting the next year from the current one.
struct NewYearTests {
    @Test func nextYear_keepsWhatLasts_andStartsTheYearsOwnPartsEmpty() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let next = file.carriedOver(to: 2025)
        #expect(next.year == 2025)
        #expect(next.office == file.office)
        #expect(next.people == file.people)
        #expect(next.indicators == file.indicators)
        #expect(next.agreements.isEmpty && next.realisations.isEmpty && next.actionPlan.isEmpty)
        #expect(next.budget.tree.lines.isEmpty && next.budget.revisions.isEmpty)
        // The Renstra 2020–2024 ends with 2024: 2025 needs the new period's plan.
        #expect(file.renstra?.endYear == 2024)
        #expect(next.renstra == nil)
        let last = try #require(next.budget.history.last)
        #expect(last.year == 2024)
        #expect(last.figures.pagu == 83_389_671_000)
        #expect(last.figures.realisasi == 83_098_081_692)
        #expect(next.budget.history.map(\.year) == [2020, 2021, 2022, 2023, 2024])
        let participation = try #require(next.indicatorHistory.first { $0.indicatorId == "I7" && $0.year == 2024 })
        #expect(participation.realisation?.description == "74,63\u{00A0}%")
        // The new year is a valid file in its own right.
        _ = try OfficeYearReader.read(OfficeYearWriter.write(next))
    }

    @Test func yearInsideTheRenstraPeriod_keepsTheRenstra() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        var earlier = file
        earlier.year = 2023
        #expect(earlier.carriedOver(to: 2024).renstra == file.renstra)
    }
}
