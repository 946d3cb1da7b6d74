import Foundation
import Testing
@testable import SakipCore

/// Issue 15, point 3: when a total disagrees with its rows, the side the independent figures contradict is
/// named with its correct value, and no correction offered contradicts a figure the file holds.
@Suite struct BudgetCulpritTests {
    /// Pematangsiantar's WA program (Tabel 3.3), consistent: two leaves with sisa and persen, the program and the
    /// total printed, the latest DIPA revision.
    static func budget(leafPagu: String = "2649999000", leafPrinted: String = #""sisa": 149305275, "persen": "94,37 %""#,
                       programPagu: String = "2664603000", totalPagu: String = "2664603000", dipa: String = "2664603000",
                       claims: String = "") -> String {
        RoundTwo.file("""
        "budget": {
          "lines": [{"code": "076.01.WA", "name": "Dukungan Manajemen", "pagu": \(programPagu), "realisasi": 2514027715,
                     "printed": {"sisa": 150575285, "persen": "94,35 %"},
                     "children": [
                        {"code": "WA.3355", "name": "Pengelolaan Keuangan dan Barang Milik Negara", "pagu": \(leafPagu),
                         "realisasi": 2500693725, "printed": {\(leafPrinted)}},
                        {"code": "WA.3360", "name": "Layanan Perkantoran", "pagu": 14604000, "realisasi": 13333990,
                         "printed": {"sisa": 1270010, "persen": "91,30 %"}}]}],
          "printedTotal": {"pagu": \(totalPagu), "realisasi": 2514027715},
          "revisions": [{"number": 0, "date": "2023-11-24", "total": \(dipa)}]}\(claims.isEmpty ? "" : ",\n \"report\": {\"claims\": [\(claims)]}")
        """)
    }

    @Test func consistentBudget_hasNoFinding() throws {
        #expect(try RoundTwo.review(Self.budget()).findings.isEmpty)
    }

    @Test func leafPaguTypo_isBlamedOnTheLeaf_notOnTheTotalsAbove() throws {
        // 2.649.999.000 typed 2.694.999.000: the leaf's own sisa and persen, and the program above it, say otherwise.
        let report = try RoundTwo.review(Self.budget(leafPagu: "2694999000"))
        let finding = try #require(report.finding("ARITH-BUDGET-LINE", at: "$.budget.lines[0].children[0].pagu"))
        #expect(finding.expected == "Rp\u{00A0}2.649.999.000")
        #expect(finding.found == "Rp\u{00A0}2.694.999.000")
        #expect(finding.message.contains("sisa di tabel anggaran"))
        #expect(report.findings.map(\.code) == ["ARITH-BUDGET-LINE"], "\(report.findings.map(\.message))")
    }

    @Test func leafWithoutSisaOrPersen_isStillFound_fromTheProgramAndTheNarrative() throws {
        let report = try RoundTwo.review(Self.budget(
            leafPagu: "2694999000", leafPrinted: "",
            claims: #"{"where": "BAB III.B", "budgetCode": "076.01.WA.3355", "pagu": 2649999000, "realisasi": 2500693725}"#))
        #expect(report.paths("ARITH-BUDGET-LINE") == ["$.budget.lines[0].children[0].pagu"])
        // The narrative agrees with the program: it is not the one blamed.
        #expect(report.findings(code: "CROSS-BUDGET-CLAIM").isEmpty)
        #expect(report.findings(code: "ARITH-BUDGET-PARENT").isEmpty)
    }

    @Test func printedTotalTypo_isBlamedOnTheTotal_whichTheDIPAContradicts() throws {
        let report = try RoundTwo.review(Self.budget(totalPagu: "2664630000"))
        let finding = try #require(report.finding("ARITH-BUDGET-TOTAL", at: "$.budget.printedTotal.pagu"))
        #expect(finding.expected == "Rp\u{00A0}2.664.603.000")
        #expect(report.findings(code: "CROSS-REVISION-TOTAL").isEmpty)
    }

    @Test func programPaguTypo_isBlamedOnTheProgram() throws {
        let report = try RoundTwo.review(Self.budget(programPagu: "2664063000"))
        #expect(report.paths("ARITH-BUDGET-PARENT") == ["$.budget.lines[0].pagu"])
        #expect(report.finding("ARITH-BUDGET-PARENT", at: "$.budget.lines[0].pagu")?.expected == "Rp\u{00A0}2.664.603.000")
    }

    @Test func narrativeRealisasi_wrong_isOneFinding_itsPersenFollowingIt() throws {
        // Pematangsiantar's 6871 pattern: realisasi and persen of the narrative agree with each other, not with the table.
        let report = try RoundTwo.review(Self.budget(claims: """
        {"where": "BAB III.A Rincian Output 3355", "budgetCode": "076.01.WA.3355", "pagu": 2649999000,
         "realisasi": 2550693725, "persen": "96,25 %"}
        """))
        let finding = try #require(report.finding("CROSS-BUDGET-CLAIM", at: "$.report.claims[0].realisasi"))
        #expect(finding.expected == "Rp\u{00A0}2.500.693.725")
        #expect(finding.message.contains("mengikuti angka yang keliru"))
        #expect(finding.message.contains("94,37\u{00A0}%"))
        #expect(report.findings(code: "ARITH-BUDGET-PERSEN").isEmpty)
    }

    @Test func persenWrongOnItsOwnFigures_isExpectedFromTheSupportedFigures() throws {
        // The narrative row's pagu is wrong and its persen wrong even on that pagu: the correction offered is the
        // table's, never one the table contradicts.
        let report = try RoundTwo.review(Self.budget(claims: """
        {"where": "BAB III.A", "budgetCode": "076.01.WA.3355", "pagu": 3649999000, "realisasi": 2500693725, "persen": "60,00 %"}
        """))
        #expect(report.finding("ARITH-BUDGET-PERSEN", at: "$.report.claims[0].persen")?.expected == "94,37\u{00A0}%")
        #expect(report.finding("CROSS-BUDGET-CLAIM", at: "$.report.claims[0].pagu")?.expected == "Rp\u{00A0}2.649.999.000")
    }

    @Test func sisaWrong_onALine_theTotal_andAClaim_isOneRule() throws {
        let report = try RoundTwo.review(Self.budget(leafPrinted: #""sisa": 149305725, "persen": "94,37 %""#, claims: """
        {"where": "BAB III.B", "budgetCode": "076.01.WA.3360", "pagu": 14604000, "realisasi": 13333990, "sisa": 1270100}
        """))
        #expect(report.paths("ARITH-BUDGET-SISA") == ["$.budget.lines[0].children[0].printed.sisa", "$.report.claims[0].sisa"])
        #expect(report.finding("ARITH-BUDGET-SISA", at: "$.report.claims[0].sisa")?.expected == "Rp\u{00A0}1.270.010")
    }

    @Test func childrenOutvotedWithoutACulprit_isReportedAtTheChildren() throws {
        // A leaf realisasi typo with no sisa or persen to tell it: the program and total agree, so one child is wrong.
        let text = Self.budget(leafPrinted: "").replacingOccurrences(of: "\"realisasi\": 2500693725", with: "\"realisasi\": 2500963725")
        let report = try RoundTwo.review(text)
        let finding = try #require(report.findings(code: "ARITH-BUDGET-PARENT").first)
        #expect(finding.place.path == "$.budget.lines[0].children")
        #expect(finding.alternatives.map(\.place.path).contains("$.budget.lines[0].children[0].realisasi"))
        #expect(finding.expected == "Rp\u{00A0}2.514.027.715")
    }
}
