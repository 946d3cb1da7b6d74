import Foundation
import Testing
@testable import SakipCore

/// Issue 16's review items, and partial files (issue 15, point 7).
@Suite struct ReviewWordingTests {
    @Test func quarterLeftEmptyInTheRAK_isNotReportedMissing() throws {
        let text = RoundTwo.file("""
        \(RoundTwo.catalogue),
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08",
                        "rows": [{"indicatorId": "I1", "target": "90 %"}, {"indicatorId": "I2", "target": "2 Laporan"}]}],
        "actionPlan": [{"indicatorId": "I1", "quarters": ["20 %", "50 %", "70 %", "90 %"]},
                       {"indicatorId": "I2", "quarters": [null, "1 Laporan", null, "2 Laporan"]}],
        "realisations": [{"indicatorId": "I1", "quarter": 4, "value": "90 %"},
                         {"indicatorId": "I2", "quarter": 2, "value": "1 Laporan"}, {"indicatorId": "I2", "quarter": 4, "value": "2 Laporan"}],
        "report": {"date": "2025-01-15"}
        """)
        let findings = try RoundTwo.review(text).findings(code: "COV-QUARTER-MISSING")
        // I1 misses Triwulan I–III, planned; I2 misses Triwulan I and III, which its RAK leaves empty on purpose.
        #expect(findings.count == 1)
        #expect(findings.first?.found == "kosong: Triwulan I, Triwulan II, Triwulan III")
        #expect(findings.first?.message.contains("“Persentase dokumen tepat waktu”") == true)
    }

    @Test func kegiatanCodeWarning_namesTheValidCodes() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        "budget": {"lines": [{"code": "076.01.CQ", "name": "Program Penyelenggaraan Pemilu",
                              "children": [{"code": "CQ.6636", "name": "Kegiatan", "pagu": 10, "realisasi": 5}]}]}
        """))
        let finding = try #require(report.findings(code: "LOGIC-KEGIATAN-CODE").first)
        #expect(finding.message.contains("6639 Teknis Penyelenggaraan Pemilu/Pemilihan"))
        #expect(finding.message.contains("6982 Penetapan Hasil Pemilu"))
        #expect(finding.expected?.contains("CQ.6709") == true)
    }

    /// Messages are the main text an office user reads: no JSON paths, no review codes, no enum raw names and
    /// no file ids for indicators or sasaran.
    @Test(arguments: ["asahan-2024", "pagaralam-2024", "pematangsiantar-2024", "sarolangun-2019", "sarolangun-2020"])
    func messages_readWellForAnOfficeUser(seed: String) throws {
        let year = try Fixtures.load(seed).officeYear
        let ids = Set(year.indicators.map(\.id) + year.objectives.map(\.id))
        let findings = year.review().findings
        #expect(!findings.isEmpty)
        for finding in findings {
            let message = finding.message
            #expect(!message.contains("$."), "\(finding.code): \(message)")
            #expect(!"\(finding.place)".contains("$."), "\(finding.code): \(finding.place)")
            #expect(!message.contains(finding.code), "\(message)")
            for raw in ["sakip", "opiniBPK", "higherIsBetter", "lowerIsBetter", "kabupatenKota", "nextAgreement"] {
                #expect(!message.contains(raw), "\(finding.code): \(message)")
            }
            let words = Set(message.split { !$0.isLetter && !$0.isNumber }.map(String.init))
            #expect(words.isDisjoint(with: ids), "\(finding.code) names a file id: \(message)")
        }
    }

    @Test func blockingMessages_putTheCodeAfterTheMessage() throws {
        let report = try Fixtures.load("pematangsiantar-2024").officeYear.review()
        let first = try #require(report.blockingMessages.first)
        #expect(!first.hasPrefix("["))
        #expect(first.hasSuffix(")"))
    }

    @Test func partialFile_checksWhatIsThere_withoutReportingWhatIsNot() throws {
        let members = """
        "partial": true, \(RoundTwo.catalogue),
        "rkt": {"rows": [{"indicatorId": "I2", "target": "2 Laporan"}]},
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08",
                        "rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "90 %"}, {"objectiveId": "S1", "indicatorId": "I2", "target": "2 Laporan"}]}],
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "realisation": "90 %", "printed": {"capaian": "99 %"}}]},
        "report": {"claims": [{"where": "Ikhtisar", "count": 9, "countOf": "indicators"}]}
        """
        let partial = try RoundTwo.review(RoundTwo.file(members))
        #expect(partial.findings.map(\.code) == ["ARITH-CAPAIAN"])
        let whole = try RoundTwo.review(RoundTwo.file(members.replacingOccurrences(of: "\"partial\": true, ", with: "")))
        #expect(Set(whole.findings.map(\.code)).isSuperset(of: ["ARITH-CAPAIAN", "COV-PK-NOT-MEASURED", "COV-PK-NOT-IN-RKT", "CROSS-CLAIM-COUNT"]))
    }
}
