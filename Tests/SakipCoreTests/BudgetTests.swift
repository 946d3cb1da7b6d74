import Foundation
import Testing
@testable import SakipCore

@Suite struct BudgetCodeTests {
    @Test func longForm_parsesEveryLevel() throws {
        let code = try BudgetCode.parse("076.01.CQ.6709.QGE.001")
        #expect(code.section == "076" && code.unit == "01" && code.program == "CQ")
        #expect(code.kegiatan == "6709" && code.kro == "QGE" && code.ro == "001")
        #expect(code.level == .ro)
        #expect(code.short == "QGE.001")
    }

    @Test func shortForms_readInTheirParentsContext() throws {
        let program = try BudgetCode.parse("076.01.CQ")
        let kegiatan = try BudgetCode.parse("CQ.6709", under: program)
        let kro = try BudgetCode.parse("6709.QGE", under: kegiatan)
        let ro = try BudgetCode.parse("QGE.001", under: kro)
        #expect(program.short == "076.01.CQ" && program.level == .program)
        #expect(kegiatan.full == "076.01.CQ.6709" && kegiatan.short == "CQ.6709")
        #expect(kro.full == "076.01.CQ.6709.QGE" && kro.short == "6709.QGE")
        #expect(ro.full == "076.01.CQ.6709.QGE.001")
        let skipped = try BudgetCode.parse("BDB.001", under: try BudgetCode.parse("CQ.6639", under: program))
        #expect(skipped.full == "076.01.CQ.6639.BDB.001")
        let wa = try BudgetCode.parse("076.01.WA")
        #expect(try BudgetCode.parse("WA. 3355", under: wa).full == "076.01.WA.3355")
        #expect(try BudgetCode.parse("3360. EBA", under: wa).full == "076.01.WA.3360.EBA")
        #expect(try BudgetCode.parse("EBA 994", under: try BudgetCode.parse("WA.3355", under: wa)).full == "076.01.WA.3355.EBA.994")
    }

    @Test func contradictionsAndNonCodes_areRefused() throws {
        let cq = try BudgetCode.parse("076.01.CQ")
        #expect(throws: ValueParseError.self) { try BudgetCode.parse("WA.3355", under: cq) }
        #expect(throws: ValueParseError.self) { try BudgetCode.parse("656024") }
        #expect(throws: ValueParseError.self) { try BudgetCode.parse("001.QGE") }
        #expect(throws: ValueParseError.self) { try BudgetCode.parse("076.01.CQ", under: cq) }
    }
}

@Suite struct BudgetTreeTests {
    func tree() throws -> BudgetTree {
        let cq = try BudgetCode.parse("076.01.CQ")
        let k6709 = try BudgetCode.parse("CQ.6709", under: cq)
        let k6867 = try BudgetCode.parse("CQ.6867", under: cq)
        return BudgetTree(lines: [
            BudgetLine(code: cq, name: "Penyelenggaraan Pemilu", children: [
                BudgetLine(code: k6709, name: "Perencanaan", children: [
                    BudgetLine(code: try BudgetCode.parse("QGE.001", under: k6709), name: "a", pagu: 1_524_434_000, realisasi: 1_487_114_946),
                    BudgetLine(code: try BudgetCode.parse("RAN.001", under: k6709), name: "b", pagu: 9_411_000, realisasi: 4_065_000),
                ]),
                BudgetLine(code: k6867, name: "Badan Adhoc", pagu: 41_023_643_000, realisasi: 41_022_177_150),
            ]),
        ])
    }

    @Test func parents_areTheSumsOfTheirChildren() throws {
        let tree = try tree()
        let k6709 = tree.line(code: "076.01.CQ.6709")!
        #expect(k6709.figures == BudgetFigures(pagu: 1_533_845_000, realisasi: 1_491_179_946))
        #expect(tree.total.pagu == 42_557_488_000)
        #expect(tree.total.sisa == 44_130_904)
    }

    @Test func persen_isExactAndNilForZeroPagu() {
        #expect(BudgetFigures(pagu: 4_960_000, realisasi: 3_280_000).persen.map { IndonesianFormat.percent($0) } == "66,13\u{00A0}%")
        #expect(BudgetFigures(pagu: 0, realisasi: 0).persen == nil)
    }

    @Test func totalsAtLevel_groupSkippedLevelsUnderTheirImpliedCode() throws {
        let tree = try tree()
        let kegiatan = tree.totals(at: .kegiatan)
        #expect(kegiatan.map(\.code.full) == ["076.01.CQ.6709", "076.01.CQ.6867"])
        let kro = tree.totals(at: .kro)
        #expect(kro.map(\.code.full) == ["076.01.CQ.6709.QGE", "076.01.CQ.6709.RAN"])
    }
}

@Suite struct DIPARevisionTests {
    @Test func revisionDatedBeforeTheDIPAItRevises_isAProblem() {
        let revisions = [
            DIPARevision(number: 0, date: CalendarDate(year: 2023, month: 11, day: 24)!),
            DIPARevision(number: 1, date: CalendarDate(year: 2023, month: 2, day: 13)!),
            DIPARevision(number: 2, date: CalendarDate(year: 2024, month: 3, day: 1)!),
        ]
        #expect(revisions.orderProblems.count == 1)
        #expect(revisions.orderProblems.first?.description.contains("13 Februari 2023") == true)
        #expect(revisions.revisionCount == 2)
        #expect(revisions.latest?.number == 2)
    }
}

@Suite struct RegionalGrantTests {
    @Test func trancheShares_areOfTheTotal() {
        let grant = RegionalGrant(name: "Hibah Pilkada", total: 10_000_000_000, tranches: [
            .init(year: 2023, amount: 4_000_000_000), .init(year: 2024, amount: 6_000_000_000),
        ])
        #expect(grant.tranches.map { grant.share(of: $0) } == [40, 60])
        #expect(grant.paid == grant.total)
    }
}
