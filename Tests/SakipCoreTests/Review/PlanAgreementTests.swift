import Foundation
import Testing
@testable import SakipCore

/// Issue 15, points 4 and 5: the RKT against the PK on both sides, and claims about indicators the measurement
/// table leaves out.
@Suite struct PlanAgreementTests {
    static func year(rkt: String, pk: String) -> String {
        RoundTwo.file("""
        \(RoundTwo.catalogue),
        "rkt": {"rows": [\(rkt)]},
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08", "rows": [\(pk)]}]
        """)
    }

    @Test func sameIndicatorsAndTargets_haveNoFinding() throws {
        let rows = #"{"objectiveId": "S1", "indicatorId": "I1", "target": "90 %"}, {"objectiveId": "S1", "indicatorId": "I2", "target": "2 Laporan"}"#
        #expect(try RoundTwo.review(Self.year(rkt: rows, pk: rows)).findings.isEmpty)
    }

    @Test func indicatorOnOneSideOnly_isReportedWhereItIs() throws {
        let report = try RoundTwo.review(Self.year(
            rkt: #"{"indicatorId": "I1", "target": "90 %"}, {"indicatorId": "I2", "target": "2 Laporan"}"#,
            pk: #"{"indicatorId": "I1", "target": "90 %"}, {"indicatorId": "I3", "target": "BB"}"#))
        #expect(report.paths("COV-RKT-NOT-IN-PK") == ["$.rkt.rows[1].indicatorId"])
        #expect(report.paths("COV-PK-NOT-IN-RKT") == ["$.agreements[0].rows[1].indicatorId"])
        #expect(report.findings(code: "COV-RKT-NOT-IN-PK").first?.message.contains("“Jumlah laporan keuangan”") == true)
    }

    @Test func differentTarget_isReportedOnBothSides() throws {
        let report = try RoundTwo.review(Self.year(rkt: #"{"indicatorId": "I1", "target": "85 %"}"#, pk: #"{"indicatorId": "I1", "target": "90 %"}"#))
        #expect(report.paths("COV-TARGET-RKT") == ["$.rkt.rows[0].target", "$.agreements[0].rows[0].target"])
        #expect(report.finding("COV-TARGET-RKT", at: "$.rkt.rows[0].target")?.expected == "90\u{00A0}%")
        #expect(report.finding("COV-TARGET-RKT", at: "$.agreements[0].rows[0].target")?.expected == "85\u{00A0}%")
    }

    @Test func rktRowWithoutTarget_loads_roundTrips_andIsReportedAgainstThePK() throws {
        let text = Self.year(rkt: #"{"indicatorId": "I1"}"#, pk: #"{"indicatorId": "I1", "target": "90 %"}"#)
        let year = try RoundTwo.read(text).officeYear
        #expect(year.annualPlan?.rows.first?.statedTarget == nil)
        #expect(try OfficeYearReader.read(OfficeYearWriter.write(year)).officeYear == year)
        let report = year.review()
        #expect(report.paths("COV-TARGET-RKT") == ["$.rkt.rows[0].target", "$.agreements[0].rows[0].target"])
        #expect(report.findings(code: "COV-TARGET-RKT").first?.found == "tidak tercantum")
    }

    @Test func pkRowWithoutTarget_isStillAnError() {
        #expect(throws: OfficeYearReadError.self) { try RoundTwo.read(Self.year(rkt: "", pk: #"{"indicatorId": "I1"}"#)) }
    }

    @Test func rktLevel_choosesThePKItIsComparedWith() throws {
        let text = RoundTwo.file("""
        \(RoundTwo.catalogue),
        "rkt": {"level": "sekretaris", "rows": [{"indicatorId": "I2", "target": "2 Laporan"}]},
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08", "rows": [{"indicatorId": "I2", "target": "2 Laporan"}]},
                       {"level": "sekretaris", "revision": 0, "signedOn": "2024-01-08", "rows": [{"indicatorId": "I1", "target": "90 %"}]}]
        """)
        let report = try RoundTwo.review(text)
        #expect(report.paths("COV-RKT-NOT-IN-PK") == ["$.rkt.rows[0].indicatorId"])
        #expect(report.paths("COV-PK-NOT-IN-RKT") == ["$.agreements[1].rows[0].indicatorId"])
    }

    /// Point 5: the Nilai Akuntabilitas Kinerja, not in the measurement table, claimed "B" and "Berhasil" against a PK target BB.
    @Test func gradeClaimOutsideTheTable_isCheckedAgainstThePKTargetOnItsScale() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(RoundTwo.catalogue),
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08",
                        "rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "90 %"}, {"objectiveId": "S1", "indicatorId": "I3", "target": "BB"}]}],
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "realisation": "90 %", "printed": {"capaian": "100 %"}}]},
        "report": {"claims": [{"where": "BAB III.A, Nilai AKIP", "indicatorId": "I3", "realisation": "B", "capaian": "100 %", "category": "Berhasil"},
                              {"where": "BAB IV", "indicatorId": "I3", "target": "B"}]}
        """))
        let category = try #require(report.finding("LOGIC-CATEGORY", at: "$.report.claims[0].category"))
        #expect(category.expected == "Cukup Berhasil")
        #expect(report.finding("ARITH-CAPAIAN", at: "$.report.claims[0].capaian")?.expected == "80,00\u{00A0}%")
        #expect(report.finding("CROSS-CLAIM-TARGET", at: "$.report.claims[1].target")?.expected == "BB")
    }

    @Test func realisationClaimOutsideTheTable_isComparedWithTheQuarterlyRealisation() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(RoundTwo.catalogue),
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08",
                        "rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "90 %"}, {"objectiveId": "S1", "indicatorId": "I2", "target": "2 Laporan"}]}],
        "realisations": [{"indicatorId": "I2", "quarter": 4, "value": "2 Laporan"}],
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "realisation": "90 %"}]},
        "report": {"claims": [{"where": "BAB IV", "indicatorId": "I2", "realisation": "3 Laporan"}]}
        """))
        #expect(report.finding("CROSS-CLAIM-REALISATION", at: "$.report.claims[0].realisation")?.expected == "2\u{00A0}Laporan")
    }
}
