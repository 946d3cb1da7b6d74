import Foundation
import Testing
@testable import SakipCore

/// Monthly budget realisation: read, written, checked against the line, and added up into the absorption curve.
struct MonthlyRealisationTests {
    /// Pagar Alam's corrected file with monthly figures for two of its RO, the second one short of its realisasi.
    static func file(months first: [Decimal?], _ second: [Decimal?]) throws -> (OfficeYear, [LocatedIssue], BudgetLine, BudgetLine) {
        let base = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let leaves = base.budget.tree.flattened.map(\.line).filter(\.isLeaf)
        let a = leaves[0], b = leaves[1]
        var file = base
        file.budget.monthly = [MonthlyRealisation(code: a.code, months: first), MonthlyRealisation(code: b.code, months: second)]
        let read = try OfficeYearReader.read(OfficeYearWriter.write(file))
        return (read.officeYear, read.warnings, a, b)
    }

    @Test func monthly_roundTrips_addsUpCumulatively_andWarnsWhenALineDoesNotAddUp() throws {
        let base = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let leaves = base.budget.tree.flattened.map(\.line).filter(\.isLeaf)
        let a = leaves[0].figures.realisasi
        let firstMonths: [Decimal?] = [a / 2, nil, nil, nil, nil, a / 2, nil, nil, nil, nil, nil, nil]
        let secondMonths: [Decimal?] = Array(repeating: nil, count: 11) + [1000]
        let (file, warnings, lineA, lineB) = try Self.file(months: firstMonths, secondMonths)
        #expect(file.budget.monthly.count == 2)
        #expect(file.budget.monthly[0].months == firstMonths)
        #expect(warnings.filter { $0.path.hasPrefix("$.budget.monthly") }.map(\.path) == ["$.budget.monthly[1]"])
        #expect(lineB.figures.realisasi != 1000)

        let curve = file.budget.absorptionByMonth
        #expect(curve.count == 12)
        #expect(curve[0].cumulative == lineA.figures.realisasi / 2)
        #expect(curve[5].cumulative == lineA.figures.realisasi)
        #expect(curve[11].cumulative == lineA.figures.realisasi + 1000)
        #expect(curve[11].percent == (lineA.figures.realisasi + 1000) / file.budget.tree.total.pagu * 100)
    }

    @Test func aLineInsideAnotherListedLine_isNotCountedTwice() throws {
        let base = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let program = try #require(base.budget.tree.lines.first)
        let leaf = try #require(program.flattened().first { $0.line.isLeaf }?.line)
        var budget = base.budget
        budget.monthly = [MonthlyRealisation(code: program.code, months: [500] + Array(repeating: nil, count: 11)),
                          MonthlyRealisation(code: leaf.code, months: [200] + Array(repeating: nil, count: 11))]
        #expect(budget.absorptionByMonth.first?.amount == 500)
    }

    @Test func unknownCode_andWrongMonthCount_areRefusedWithTheirPaths() throws {
        var json = try String(contentsOf: Fixtures.seed("pagaralam-2024-corrected"), encoding: .utf8)
        let marker = "\"revisions\""
        let range = try #require(json.range(of: marker))
        json.insert(contentsOf: "\"monthly\": [{\"code\": \"076.01.CQ.9999.QGE.001\", \"months\": [1,2,3]}], ", at: range.lowerBound)
        do {
            _ = try OfficeYearReader.read(json)
            Issue.record("diharapkan ditolak")
        } catch {
            let paths = error.issues.map(\.path)
            #expect(paths.contains("$.budget.monthly[0].code"))
            #expect(paths.contains("$.budget.monthly[0].months"))
        }
    }
}
