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
        #expect(finding.expected == "50,00 %")
        #expect(finding.found == "150%")
    }

    @Test func closingChapter_12KaliAnd100_contradictsTheTablesAndTheDIPAList() throws {
        let realisation = try #require(printed.finding("CROSS-CLAIM-REALISATION", at: "$.report.claims[8].realisation"))
        #expect(realisation.expected == "15 kali")
        #expect(realisation.found == "12 kali")
        let capaian = try #require(printed.finding("ARITH-CAPAIAN", at: "$.report.claims[8].capaian"))
        #expect(capaian.expected == "80,00 %")
        let revisions = try #require(printed.finding("CROSS-REVISION-COUNT", at: "$.report.claims[8].realisation"))
        #expect(revisions.expected == "15 kali")
    }

    @Test func truncatedCapaian_94of95And87of90() throws {
        let first = try #require(printed.finding("ARITH-ROUNDING", at: "$.measurement.rows[16].printed.capaian"))
        #expect(first.found == "98%")
        #expect(first.expected == "99 %")
        let second = try #require(printed.finding("ARITH-ROUNDING", at: "$.measurement.rows[17].printed.capaian"))
        #expect(second.found == "96%")
        #expect(second.expected == "97 %")
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

    @Test func corrected_hasNoErrorNorWarning_onlyTheUndatedPKNote() {
        #expect(!corrected.report.hasErrors)
        #expect(corrected.report.findings(.warning).isEmpty, "\(corrected.report.findings(.warning).map(\.message))")
        // Justified: the document prints no PK signature date, so the corrected file cannot carry one.
        #expect(corrected.report.findings.map(\.code) == ["CHRON-PK-UNDATED"])
    }
}
