import Foundation
@testable import SakipDocuments
import Testing

/// Native charts that print their values keep the labels clear of lines and of the plot's edge.
@Suite struct ChartScaleTests {
    @Test func axisMaximum_leavesRoomAboveTheLongestBar_onARoundStep() {
        // Asahan's capaian: the longest bar 111,11 % needs 133,33; steps of 20 give 140.
        #expect(ChartScale.axisMaximum([Decimal(string: "105.26")!, 100, Decimal(string: "111.11")!, 0]) == 140)
        #expect(ChartScale.axisMaximum([Decimal(string: "99.65")!]) == 120)
        #expect(ChartScale.axisMaximum([Decimal(string: "0.4")!]) == Decimal(string: "0.5"))
        #expect(ChartScale.axisMaximum([0]) == nil)
        #expect(ChartScale.axisMaximum([]) == nil)
    }

    @Test func tickFormat_dropsTheFraction() {
        #expect(ChartScale.tickFormat("#,##0.00") == "#,##0")
        #expect(ChartScale.tickFormat("#,##0") == "#,##0")
    }

    @Test func capaianChart_hasNoGridlineUnderItsLabels_andAnAxisWithRoom() throws {
        let package = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx())
        let charts = (1...3).compactMap { package.text("word/charts/chart\($0).xml") }
        let capaian = try #require(charts.first { $0.contains("Capaian Kinerja per Indikator") })
        #expect(capaian.contains("<c:showVal val=\"1\"/>"))
        #expect(!capaian.contains("<c:majorGridlines/>"), "a gridline at 100 would run through the labels of the 100,00 bars")
        #expect(capaian.contains("<c:max val=\"140\"/><c:min val=\"0\"/>"))
        #expect(capaian.contains("<c:valAx>") && capaian.contains("formatCode=\"#,##0\" sourceLinked=\"0\"/><c:majorTickMark"))
        // The two-series money chart prints no values and keeps its gridlines.
        let history = try #require(charts.first { $0.contains("Pagu dan Realisasi Anggaran") })
        #expect(history.contains("<c:majorGridlines/>") && !history.contains("<c:showVal val=\"1\"/>"))
    }
}
