import Foundation
import Testing
@testable import SakipCore

/// Issue 15, point 2: the category scale as printed is carried beside the one used to compute, the file loads
/// whatever the scale's faults, and each overlap, gap and open band is reported naming the right bands.
@Suite struct PrintedCategoryScaleTests {
    /// Pematangsiantar's Tabel 3.4 as printed: whole-number ranges that leave gaps (90 to 91 …).
    static let withGaps = """
    "settings": {"printedCategoryBands": [
        {"label": "Sangat Berhasil", "range": "> 100"}, {"label": "Berhasil", "range": "91 – 100"},
        {"label": "Cukup Berhasil", "range": "71 – 90"}, {"label": "Kurang Berhasil", "range": "51 – 70"},
        {"label": "Tidak Berhasil", "range": "0 – 50"}]}
    """

    @Test func rangesAsPrinted_areRead() {
        #expect(PrintedRange.parse("91 – 100") == PrintedRange(lower: 91, lowerIncluded: true, upper: 100, upperIncluded: true))
        #expect(PrintedRange.parse(">100%") == PrintedRange(lower: 100, lowerIncluded: false, upper: nil, upperIncluded: false))
        #expect(PrintedRange.parse("≤ 50") == PrintedRange(lower: nil, lowerIncluded: false, upper: 50, upperIncluded: true))
        #expect(PrintedRange.parse("90 < x ≤ 100") == PrintedRange(lower: 90, lowerIncluded: false, upper: 100, upperIncluded: true))
        #expect(PrintedRange.parse("0 s.d. 50") == PrintedRange(lower: 0, lowerIncluded: true, upper: 50, upperIncluded: true))
        #expect(PrintedRange.parse("sekitar seratus") == nil)
    }

    @Test func scaleWithGaps_loads_computesOnHalfOpenBands_andWarnsOfEachGap() throws {
        let read = try RoundTwo.read(RoundTwo.file(Self.withGaps))
        let computed = read.officeYear.settings.categories.bands.map { "\($0.label) \($0.rangeText)" }
        #expect(computed == CategoryScale.kpuDefault.bands.map { "\($0.label) \($0.rangeText)" })
        #expect(read.officeYear.settings.printedCategories.count == 5)
        let report = read.officeYear.review()
        let gaps = report.findings(code: "LOGIC-CATEGORY-GAP")
        #expect(gaps.map(\.place.path) == (1...3).map { "$.settings.printedCategoryBands[\($0)].range" })
        // The gap between 90 and 91 is blamed on the two bands around it, named as printed.
        let first = try #require(gaps.first)
        #expect(first.message.contains("di atas 90 dan di bawah 91"))
        #expect(first.message.contains("“Cukup Berhasil” (71 – 90) berakhir di 90"))
        #expect(first.message.contains("“Berhasil” (91 – 100) mulai dari 91"))
        #expect(first.severity == .warning)
    }

    @Test func overlapOpenBandAndUnreadableRange_areErrors_namingBothBands() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        "settings": {"printedCategoryBands": [
            {"label": "Sangat Berhasil", "range": "> 100"}, {"label": "Berhasil", "range": "90 – 100"},
            {"label": "Cukup Berhasil", "range": "70 – 90"}, {"label": "Kurang Berhasil"},
            {"label": "Tidak Berhasil", "range": "nol sampai lima puluh"}]}
        """))
        let scale = report.findings(code: "LOGIC-CATEGORY-SCALE")
        #expect(scale.map(\.place.path) == ["$.settings.printedCategoryBands[3]", "$.settings.printedCategoryBands[4].range",
                                            "$.settings.printedCategoryBands[2].range"])
        let overlap = try #require(scale.last)
        #expect(overlap.message.contains("“Berhasil” (90 – 100) dan “Cukup Berhasil” (70 – 90) sama-sama memuat capaian tepat 90"))
        #expect(overlap.alternatives.map(\.place.path) == ["$.settings.printedCategoryBands[1].range"])
        #expect(scale.allSatisfy { $0.severity == .error })
    }

    @Test func valueInAGapOfThePrintedScale_isSaidToBeSo_notBlamedOnABand() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(Self.withGaps), \(RoundTwo.catalogue),
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "100 %", "realisation": "90,5 %",
                                  "printed": {"capaian": "90,50 %", "category": "Cukup Berhasil"}}]}
        """))
        let finding = try #require(report.finding("LOGIC-CATEGORY", at: "$.measurement.rows[0].printed.category"))
        #expect(finding.message.contains("jatuh di celah"))
        #expect(finding.expected == "Berhasil")
    }

    @Test func categoryFollowingTheScaleWhereItOverlaps_isLeftToTheScaleFinding() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        "settings": {"printedCategoryBands": [
            {"label": "Sangat Berhasil", "range": "> 100"}, {"label": "Berhasil", "range": "90 – 100"},
            {"label": "Cukup Berhasil", "range": "70 – 90"}, {"label": "Kurang Berhasil", "range": "50 – 70"},
            {"label": "Tidak Berhasil", "range": "< 50"}]}, \(RoundTwo.catalogue),
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "100 %", "realisation": "90 %",
                                  "printed": {"capaian": "90 %", "category": "Cukup Berhasil"}}]}
        """))
        #expect(report.findings(code: "LOGIC-CATEGORY").isEmpty)
        // 90 and 70 are each in two bands.
        #expect(report.paths("LOGIC-CATEGORY-SCALE") == ["$.settings.printedCategoryBands[2].range", "$.settings.printedCategoryBands[3].range"])
    }

    @Test func categoryOnAPrintedScale_namesTheBandWithItsPrintedRange() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(Self.withGaps), \(RoundTwo.catalogue),
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "100 %", "realisation": "95 %",
                                  "printed": {"capaian": "95 %", "category": "Sangat Berhasil"}}]}
        """))
        let finding = try #require(report.findings(code: "LOGIC-CATEGORY").first)
        #expect(finding.message.contains("termasuk kategori Berhasil (91 – 100 pada skala yang tercetak)"))
    }

    @Test func printedScale_roundTrips() throws {
        let year = try RoundTwo.read(RoundTwo.file(Self.withGaps)).officeYear
        #expect(try OfficeYearReader.read(OfficeYearWriter.write(year)).officeYear == year)
    }
}
