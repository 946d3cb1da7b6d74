import Foundation
import Testing
@testable import SakipCore

@Suite struct OfficeYearDiffTests {
    @Test func identical_hasNoChanges() throws {
        let file = try Seed("asahan-2024-corrected").file
        #expect(OfficeYearDiff.changes(from: file, to: file).isEmpty)
    }

    @Test func realisation_changedValue_isOneFieldOfItsRow() throws {
        var file = try Seed("asahan-2024-corrected").file
        let id = try #require(file.indicators.first { $0.kind == .percentage }?.id)
        file.realisations = [QuarterlyRealisation(indicatorId: id, quarter: .first, value: .percentage(10)),
                             QuarterlyRealisation(indicatorId: id, quarter: .second, value: .percentage(11))]
        let old = file
        let entry = try #require(file.realisations.first)
        file.realisations[0].value = .percentage(12)

        let changes = OfficeYearDiff.changes(from: old, to: file)

        #expect(changes.count == 1)
        #expect(changes.first?.table == "realisations")
        #expect(changes.first?.row == "\(entry.indicatorId) TW\(entry.quarter.rawValue)")
        #expect(changes.first?.field == "value")
        #expect(changes.first?.before == entry.value.fileSpelling)
        #expect(changes.first?.after == "12 %")
    }

    @Test func insertedRow_doesNotReportTheRowsAfterIt() throws {
        var file = try Seed("asahan-2024-corrected").file
        let old = file
        file.people.insert(Person(id: "PBARU", name: "Staf Baru", role: .staf), at: 0)

        let changes = OfficeYearDiff.changes(from: old, to: file)

        #expect(changes.map(\.path) == ["people[PBARU]", "people.urutan"] || changes.map(\.path) == ["people[PBARU]"])
        #expect(changes.first?.before == nil)
        #expect(changes.first?.after?.contains("Staf Baru") == true)
    }

    @Test func budgetLeaf_isLocatedThroughItsParents() throws {
        var file = try Seed("asahan-2024-corrected").file
        let old = file
        let leaf = try #require(file.budget.tree.flattened.last { $0.line.isLeaf }?.line)
        let set = file.budget.tree.setLeaf(code: leaf.code.full, pagu: 1, realisasi: 0)
        #expect(set)

        let changes = OfficeYearDiff.changes(from: old, to: file)

        #expect(changes.count == 2)
        #expect(changes.allSatisfy { $0.table == "budget" && $0.path.contains("[\(leaf.code.short)].") })
        #expect(changes.contains { $0.path.hasSuffix(".pagu") && $0.after == "1" })
    }

    @Test func overlaps_rowAndItsFields_butNotNeighbours() {
        let change = FieldChange(path: "realisations[I7 TW2].value", table: "realisations", row: "I7 TW2", field: "value",
                                 before: nil, after: nil)
        #expect(change.overlaps("realisations[I7 TW2]"))
        #expect(change.overlaps("realisations[I7 TW2].value"))
        #expect(!change.overlaps("realisations[I7 TW2].explanation"))
        #expect(!change.overlaps("realisations[I7 TW20].value"))
        #expect(!change.overlaps("realisations[I70 TW2]"))
    }

    @Test func longValues_areCut() throws {
        var file = try Seed("asahan-2024-corrected").file
        let old = file
        file.analyses = [IndicatorAnalysis(indicatorId: file.indicators[0].id, actions: String(repeating: "a", count: 10_000))]

        let change = try #require(OfficeYearDiff.changes(from: old, to: file).first { $0.table == "analyses" })

        #expect((change.after?.count ?? 0) <= OfficeYearDiff.valueLimit + 2)
    }
}
