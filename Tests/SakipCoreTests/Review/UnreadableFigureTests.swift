import Foundation
import Testing
@testable import SakipCore

/// Issue 15, point 1: a printed figure that cannot be read is kept as typed and reported at its path.
@Suite struct UnreadableFigureTests {
    static let text = RoundTwo.file("""
    \(RoundTwo.catalogue),
    "measurement": {"rows": [
        {"objectiveId": "S1", "indicatorId": "I1", "target": "90 %", "realisation": "abc", "printed": {"capaian": "99.08%%"}},
        {"objectiveId": "S1", "indicatorId": "I2", "target": "2 Laporan", "realisation": "2 Laporan", "printed": {"capaian": "100 %"}}]},
    "budget": {"lines": [{"code": "076.01.WA", "name": "Dukungan Manajemen", "pagu": "Rp 1.2.3",
                          "children": [{"code": "WA.3360", "name": "Layanan Perkantoran", "pagu": 1000000, "realisasi": 900000,
                                        "printed": {"sisa": "seratus ribu", "persen": "90 %"}}]}]},
    "report": {"claims": [{"where": "BAB III", "indicatorId": "I2", "realisation": "dua"}]}
    """)

    @Test func unreadableFigures_loadWithWarningsAtTheirPaths() throws {
        let read = try RoundTwo.read(Self.text)
        let warned = Set(read.warnings.map(\.path))
        #expect(warned.isSuperset(of: ["$.measurement.rows[0].realisation", "$.budget.lines[0].pagu",
                                       "$.budget.lines[0].children[0].printed.sisa"]))
        #expect(read.officeYear.measurement.rows[0].realisation == .unreadable("abc"))
        #expect(read.officeYear.budget.tree.lines[0].printed.unreadable["pagu"] == "Rp 1.2.3")
    }

    @Test func everyUnreadableFigure_isReportedAtItsPlace_neverDropped() throws {
        let report = try RoundTwo.review(Self.text)
        #expect(report.paths("LOGIC-UNREADABLE") == [
            "$.measurement.rows[0].realisation", "$.measurement.rows[0].printed.capaian",
            "$.budget.lines[0].pagu", "$.budget.lines[0].children[0].printed.sisa", "$.report.claims[0].realisation",
        ])
        let capaian = try #require(report.finding("LOGIC-UNREADABLE", at: "$.measurement.rows[0].printed.capaian"))
        #expect(capaian.severity == .error)
        #expect(capaian.found == "99.08%%")
        // Reported once: the kind check does not report the same text again.
        #expect(report.findings(code: "LOGIC-VALUE-KIND").isEmpty)
    }

    @Test func unreadableFigures_roundTripAsTyped() throws {
        let year = try RoundTwo.read(Self.text).officeYear
        let written = OfficeYearWriter.write(year)
        #expect(written.contains("\"abc\""))
        #expect(written.contains("\"Rp 1.2.3\""))
        #expect(written.contains("\"seratus ribu\""))
        #expect(try OfficeYearReader.read(written).officeYear == year)
    }
}
