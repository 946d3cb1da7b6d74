import Foundation
import Testing
@testable import SakipCore

/// DOMAIN §10, Asahan: each mistake of the as-printed LKj is a finding at its place; the corrected file has no error.
@Suite struct AsahanReviewTests {
    let printed: ReviewedSeed
    let corrected: ReviewedSeed

    init() throws {
        printed = try ReviewedSeed("asahan-2024")
        corrected = try ReviewedSeed("asahan-2024-corrected")
    }

    @Test func notInDPT_lowerIsBetterComputedAsHigher() throws {
        #expect(printed.paths("LOGIC-POLARITY") == [
            "$.measurement.rows[6].printed.capaian", "$.report.claims[14].capaian", "$.report.claims[29].capaian",
        ])
        let finding = try #require(printed.finding("LOGIC-POLARITY", at: "$.measurement.rows[6].printed.capaian"))
        #expect(finding.severity == .error)
        #expect(finding.expected == "0,00\u{00A0}%")
        #expect(finding.found == "1.100 %")
    }

    @Test func disabilityParticipation_70InOneTable100InAnother() throws {
        let finding = try #require(printed.finding("CROSS-CLAIM-REALISATION", at: "$.report.claims[13].realisation"))
        #expect(finding.expected == "70\u{00A0}%")
        #expect(finding.found == "100 %")
        #expect(printed.paths("CROSS-CLAIM-REALISATION") == ["$.report.claims[13].realisation"])
    }

    @Test func officeAverage100_doesNotMatchItsParts() throws {
        #expect(printed.paths("LOGIC-AVERAGE") == ["$.measurement.printed.officeCapaian", "$.report.claims[36].capaian"])
        let finding = try #require(printed.finding("LOGIC-AVERAGE", at: "$.measurement.printed.officeCapaian"))
        #expect(finding.found == "100%")
        #expect(finding.expected == "97,68\u{00A0}%")
    }

    @Test func nilaiAkuntabilitas_gradeTargetWithPercentRealisation() {
        let paths = printed.paths("LOGIC-VALUE-KIND")
        #expect(paths.contains("$.measurement.rows[1].realisation"))
        #expect(paths.contains("$.report.claims[9].realisation"))
        #expect(paths.contains("$.report.claims[24].capaian"))
        // The same mix elsewhere: index and Opini BPK targets "B" in PK and RKT, history capaian "B".
        #expect(paths.contains("$.agreements[0].rows[2].target"))
        #expect(paths.contains("$.agreements[0].rows[4].target"))
        #expect(paths.count == 11)
    }

    @Test func participation7463Of75_printed9950_is9951() throws {
        let finding = try #require(printed.finding("ARITH-ROUNDING", at: "$.measurement.rows[3].printed.capaian"))
        #expect(finding.severity == .warning)
        #expect(finding.expected == "99,51\u{00A0}%")
        #expect(finding.found == "99,50 %")
        for claim in [11, 18, 26, 33] {
            #expect(printed.finding("ARITH-ROUNDING", at: "$.report.claims[\(claim)].capaian") != nil)
        }
    }

    @Test func otherMistakesOfTheNotes_areFound() {
        #expect(printed.paths("CHRON-RENSTRA-YEAR") == ["$.report.renstraYearNumber"])
        #expect(printed.paths("CROSS-CLAIM-TARGET") == [
            "$.report.claims[10].target", "$.report.claims[32].target", "$.report.claims[39].target",
        ])
        #expect(printed.paths("COV-PK-NOT-MEASURED") == [1, 2, 4].map { "$.agreements[0].rows[\($0)]" })
        #expect(printed.paths("COV-OBJECTIVE") == ["$.measurement.rows[6].objectiveId", "$.measurement.rows[8].objectiveId"])
        #expect(printed.paths("LOGIC-CAPAIAN-CAPPED").contains("$.measurement.rows[0].printed.capaian"))
    }

    @Test func corrected_hasNoErrorNorWarning_onlyTheRenstraNotes() {
        #expect(!corrected.report.hasErrors)
        #expect(corrected.report.findings(.warning).isEmpty, "\(corrected.report.findings(.warning).map(\.message))")
        // Justified: the PK may set its own targets (notes "Other observations"); the review records the difference.
        #expect(corrected.report.findings.map(\.code) == Array(repeating: "COV-TARGET-RENSTRA", count: 4))
        #expect(corrected.paths("COV-TARGET-RENSTRA") == [0, 6, 9, 12].map { "$.agreements[0].rows[\($0)].target" })
    }
}
