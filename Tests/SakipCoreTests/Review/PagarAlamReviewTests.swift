import Foundation
import Testing
@testable import SakipCore

/// DOMAIN §10, Pagar Alam: each mistake the office-year file carries is a finding at its place; the corrected file has no error.
@Suite struct PagarAlamReviewTests {
    let printed: ReviewedSeed
    let corrected: ReviewedSeed

    init() throws {
        printed = try ReviewedSeed("pagaralam-2024")
        corrected = try ReviewedSeed("pagaralam-2024-corrected")
    }

    @Test func revisionCount_lowerIsBetterComputedAsHigher() throws {
        #expect(printed.paths("LOGIC-POLARITY") == ["$.measurement.rows[0].printed.capaian"])
        let finding = try #require(printed.finding("LOGIC-POLARITY", at: "$.measurement.rows[0].printed.capaian"))
        #expect(finding.expected == "50,00\u{00A0}%")
        #expect(finding.found == "150%")
    }

    @Test func closingChapter_12KaliAnd100_contradictsTheTablesAndTheDIPAList() throws {
        let realisation = try #require(printed.finding("CROSS-CLAIM-REALISATION", at: "$.report.claims[8].realisation"))
        #expect(realisation.expected == "15\u{00A0}kali")
        #expect(realisation.found == "12 kali")
        let capaian = try #require(printed.finding("ARITH-CAPAIAN", at: "$.report.claims[8].capaian"))
        #expect(capaian.expected == "80,00\u{00A0}%")
        let revisions = try #require(printed.finding("CROSS-REVISION-COUNT", at: "$.report.claims[8].realisation"))
        #expect(revisions.expected == "15 kali")
    }

    @Test func truncatedCapaian_94of95And87of90() throws {
        let first = try #require(printed.finding("ARITH-ROUNDING", at: "$.measurement.rows[16].printed.capaian"))
        #expect(first.found == "98%")
        #expect(first.expected == "99\u{00A0}%")
        let second = try #require(printed.finding("ARITH-ROUNDING", at: "$.measurement.rows[17].printed.capaian"))
        #expect(second.found == "96%")
        #expect(second.expected == "97\u{00A0}%")
        #expect(printed.finding("ARITH-ROUNDING", at: "$.report.claims[24].capaian") != nil)
        #expect(printed.finding("ARITH-ROUNDING", at: "$.report.claims[25].capaian") != nil)
    }

    @Test func revisi1_datedBeforeTheDIPAItRevises() throws {
        let finding = try #require(printed.finding("CHRON-REVISION-ORDER", at: "$.budget.revisions[1].date"))
        #expect(finding.found == "13 Februari 2023")
        #expect(printed.paths("CHRON-REVISION-ORDER").count == 1)
    }

    @Test func thirtyTwoIndicatorsClaimed() throws {
        let finding = try #require(printed.finding("CROSS-CLAIM-COUNT", at: "$.report.claims[0].count"))
        #expect(finding.found == "32")
        #expect(finding.expected == "26 (indikator PK Ketua) atau 29 (indikator di tabel pengukuran)")
    }

    @Test func otherMistakesOfTheNotes_areFound() {
        #expect(printed.paths("CHRON-REPORT-DATE") == ["$.report.date"])
        #expect(printed.paths("ARITH-BUDGET-TOTAL") == ["$.budget.printedTotal.realisasi"])
        #expect(printed.paths("CROSS-CLAIM-BUDGET-TOTAL") == ["$.report.claims[1].pagu"])
        #expect(printed.paths("COV-NOT-IN-PK") == [4, 16, 23].map { "$.measurement.rows[\($0)].indicatorId" })
        #expect(printed.paths("LOGIC-KEGIATAN-CODE") == ["$.budget.lines[0].children[0].code"])
        #expect(printed.finding("LOGIC-KEGIATAN-CODE", at: "$.budget.lines[0].children[0].code")?.expected == "CQ.6639")
        // Tabel 4.1's 2022/2023 capaian that do not follow from their own figures (notes mistake 13).
        #expect(printed.paths("ARITH-CAPAIAN").filter { $0.hasPrefix("$.indicatorHistory") }.count == 16)
    }

    @Test func dptTable_dempoTengah950TPS_insteadOf29() throws {
        // Tabel 3.3 rows give 70 + 73 + 46 + 30 + 950 = 1.169 TPS; its total line says 248.
        let total = try #require(printed.finding("ARITH-DPT-TOTAL", at: "$.elections[0].dpt.total.tps"))
        #expect(total.expected == "1.169")
        #expect(total.found == "248")
        #expect(printed.paths("ARITH-DPT-TOTAL") == ["$.elections[0].dpt.total.tps"])
        // Tabel 4 serves Dempo Tengah's 5 kelurahan with 6 + 6 + 5 + 6 + 6 = 29 TPS.
        let distribution = try #require(printed.finding("CROSS-DISTRIBUTION-TPS", at: "$.elections[0].dpt.rows[4].tps"))
        #expect(distribution.expected == "29")
        #expect(distribution.found == "950")
        #expect(printed.paths("CROSS-DISTRIBUTION-TPS").count == 1)
        // 11.519 voters / 950 TPS = 12,1 voters per TPS: below the plausible 50–600.
        let plausibility = try #require(printed.finding("LOGIC-TPS-VOTERS", at: "$.elections[0].dpt.rows[4].tps"))
        #expect(plausibility.severity == .warning)
        #expect(plausibility.found == "12,1 pemilih per TPS")
        #expect(printed.paths("LOGIC-TPS-VOTERS").count == 1)
        // Every row's L + P equals its printed L+P.
        #expect(printed.paths("ARITH-DPT-ROW").isEmpty)
    }

    @Test func sortingTable_goodPlusDamagedDiffersFromReceived() throws {
        // Tabel 6: Kotak Suara 501 + 5 vs 501; surat suara 111.036 + 45 vs 111.036; Sampul Kubus 2.621 + 0 vs 2.763.
        #expect(printed.paths("ARITH-LOGISTICS-SORTING") == [0, 1, 6].map { "$.logistics.sorting[\($0)]" })
        let ballots = try #require(printed.finding("ARITH-LOGISTICS-SORTING", at: "$.logistics.sorting[1]"))
        #expect(ballots.found == "111.081")
        #expect(ballots.expected == "111.036")
        let sampul = try #require(printed.finding("ARITH-LOGISTICS-SORTING", at: "$.logistics.sorting[6]"))
        #expect(sampul.found == "2.621")
        #expect(sampul.expected == "2.763")
        #expect(printed.paths("ARITH-DISTRIBUTION-TOTAL").isEmpty)
    }

    @Test func transport_138MotorbikesInTheTable_248InTheText() throws {
        let finding = try #require(printed.finding("CROSS-STATED-COUNT", at: "$.logistics.claims[4].count"))
        #expect(finding.found == "248")
        #expect(finding.expected == "138")
        #expect(finding.message.contains("kendaraan PPS ke TPS"))
        #expect(printed.paths("CROSS-STATED-COUNT") == ["$.logistics.claims[4].count"])
    }

    @Test func corrected_hasNoErrorNorWarning_onlyTheUndatedPKNote() {
        #expect(!corrected.report.hasErrors)
        #expect(corrected.report.findings(.warning).isEmpty, "\(corrected.report.findings(.warning).map(\.message))")
        // Justified: the document prints no PK signature date, so the corrected file cannot carry one.
        #expect(corrected.report.findings.map(\.code) == ["CHRON-PK-UNDATED"])
    }
}
