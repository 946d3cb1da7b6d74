import Foundation
import Testing
@testable import SakipCore

/// DOMAIN §10, Pematangsiantar: each mistake of the as-printed LKj is a finding at its place; the corrected file has none.
@Suite struct PematangsiantarReviewTests {
    let printed: ReviewedSeed
    let corrected: ReviewedSeed

    init() throws {
        printed = try ReviewedSeed("pematangsiantar-2024")
        corrected = try ReviewedSeed("pematangsiantar-2024-corrected")
    }

    @Test func output6867_narrativeRealisasiDiffersFromTabel33() throws {
        let finding = try #require(printed.finding("CROSS-BUDGET-CLAIM", at: "$.report.claims[6].realisasi"))
        #expect(finding.severity == .error)
        #expect(finding.expected == "Rp\u{00A0}13.155.812.217")
        #expect(finding.found == "Rp\u{00A0}13.308.074.717")
        #expect(finding.message.contains("076.01.CQ.6867.QGE"))
    }

    @Test func narrativeRealisasi_otherOutputsPrintedTwice_areFoundToo() {
        // Notes mistakes 5, 6 and 3 (WA.3355 +204, 6871 +1.944.000, 6639 pagu and realisasi).
        #expect(printed.paths("CROSS-BUDGET-CLAIM") == [
            "$.report.claims[0].realisasi", "$.report.claims[6].realisasi", "$.report.claims[8].realisasi",
            "$.report.claims[11].pagu", "$.report.claims[11].realisasi",
        ])
    }

    @Test func output6870_persen6631_is6613() throws {
        let finding = try #require(printed.finding("ARITH-BUDGET-PERSEN", at: "$.report.claims[7].persen"))
        #expect(finding.expected == "66,13\u{00A0}%")
        #expect(finding.found == "66.31 %")
    }

    @Test func output6639_persen7300_isTheTablesFigure_notOneContradictedByIt() throws {
        // The row's own figures would give 73,10 %, but its pagu and realisasi are themselves contradicted by
        // Tabel 3.3 (whose sisa, persen and totals agree): the correction offered is the table's 95,84 %.
        let finding = try #require(printed.finding("ARITH-BUDGET-PERSEN", at: "$.report.claims[11].persen"))
        #expect(finding.expected == "95,84\u{00A0}%")
        #expect(finding.found == "73,00%")
        #expect(finding.message.contains("73,10\u{00A0}%"))
        #expect(printed.paths("ARITH-BUDGET-PERSEN").count == 2)
    }

    @Test func outputs6872And6982_carryTheLabelOf6871() throws {
        #expect(printed.paths("CROSS-BUDGET-LABEL") == ["$.report.claims[9].label", "$.report.claims[10].label"])
        let finding = try #require(printed.finding("CROSS-BUDGET-LABEL", at: "$.report.claims[9].label"))
        #expect(finding.expected == "6872 Pemungutan dan Penghitungan Suara")
    }

    @Test func participationTargetsOfZero_inElectionYear() {
        #expect(printed.paths("LOGIC-ELECTION-ZERO-TARGET") == (5...7).map { "$.agreements[0].rows[\($0)].target" })
        #expect(printed.report.findings(code: "LOGIC-ELECTION-ZERO-TARGET").allSatisfy { $0.severity == .error && $0.found == "0\u{00A0}%" })
    }

    @Test func measuredIndicatorsNotInPK_andPKIndicatorsNeverMeasured() {
        #expect(printed.paths("COV-NOT-IN-PK") == [0, 1, 2, 3, 4, 5, 6, 8].map { "$.measurement.rows[\($0)].indicatorId" })
        #expect(printed.paths("COV-PK-NOT-MEASURED") == (0...12).map { "$.agreements[0].rows[\($0)]" })
    }

    @Test func renstraYear2_is5() throws {
        let finding = try #require(printed.finding("CHRON-RENSTRA-YEAR", at: "$.report.renstraYearNumber"))
        #expect(finding.expected == "tahun ke 5")
        #expect(finding.found == "tahun ke 2")
    }

    @Test func staffTable_countsPPPKAsPNS_andAGolonganNoOneHolds() throws {
        // Notes mistake 12: Tabel 1.4 counts 13 PNS (the list has 11 PNS and 2 PPPK) and 2 in III.a (none).
        let pns = try #require(printed.finding("CROSS-STAFF-COUNT", at: "$.report.claims[19].count"))
        #expect(pns.expected == "11")
        #expect(pns.found == "13")
        #expect(printed.paths("CROSS-STAFF-COUNT") == ["$.report.claims[19].count", "$.report.claims[22].count"])
    }

    @Test func asPrinted_hasNoFindingBeyondTheDocumentsMistakes() {
        #expect(printed.codes == ["CROSS-BUDGET-CLAIM", "ARITH-BUDGET-PERSEN", "CROSS-BUDGET-LABEL", "LOGIC-ELECTION-ZERO-TARGET",
                                  "COV-NOT-IN-PK", "COV-PK-NOT-MEASURED", "CHRON-RENSTRA-YEAR", "CROSS-STAFF-COUNT"])
        #expect(printed.report.findings.count == 36)
        #expect(printed.report.hasErrors)
    }

    @Test func corrected_hasNoFindingAtAll() {
        #expect(corrected.report.findings.isEmpty, "\(corrected.report.findings.map(\.message))")
    }
}
