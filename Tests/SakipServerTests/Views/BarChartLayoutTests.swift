import Foundation
import SakipCore
@testable import SakipServer
import Testing

/// The value printed at a bar's end must not cross the dashed 100 % line (issue 16.8).
struct BarChartLayoutTests {
    static func bar(_ value: Decimal?, _ caption: String) -> BarChart.Bar {
        BarChart.Bar(label: "Indikator", value: value, caption: caption, tone: "good")
    }

    @Test func noCaption_crossesTheReferenceLine_forValuesAroundAHundred() {
        let values: [Decimal] = [0, 5, 50, 80, 85, 88, 90, 92, 95, 97, 98, 99, Decimal(string: "99.51")!, 100, 101, 103, 110, 150]
        for maximum in [nil, Decimal(120), Decimal(200)] {
            var bars = values.map { Self.bar($0, IndonesianFormat.percent($0)) }
            if let maximum { bars.append(Self.bar(maximum, IndonesianFormat.percent(maximum))) }
            let layout = BarChartLayout(bars: bars)
            for (bar, row) in zip(bars, layout.rows) {
                let clear = row.caption.span.upperBound < layout.reference - BarChartLayout.gap / 2
                    || row.caption.span.lowerBound > layout.reference + BarChartLayout.gap / 2
                #expect(clear, "\(bar.caption) with maximum \(maximum.map { "\($0)" } ?? "100"): \(row.caption.span) vs line \(layout.reference)")
                #expect(row.caption.span.upperBound <= layout.width, "\(bar.caption) runs out of the chart")
            }
        }
    }

    @Test func aLongBarNearAHundred_carriesItsValueInside() {
        let layout = BarChartLayout(bars: [Self.bar(Decimal(string: "99.51")!, "99,51 %")])
        #expect(layout.rows[0].caption.anchor == .end)
        #expect(layout.rows[0].caption.span.upperBound < layout.rows[0].barWidth + BarChartLayout.labelWidth)
    }

    @Test func aShortBar_keepsItsValueAfterItsEnd() {
        let layout = BarChartLayout(bars: [Self.bar(40, "40,00 %")])
        #expect(layout.rows[0].caption.anchor == .start)
        #expect(layout.rows[0].caption.x == BarChartLayout.labelWidth + layout.rows[0].barWidth + BarChartLayout.gap)
    }

    @Test func chart_rendersValuesAndLabelsEscaped_asSVG() {
        let html = HTMLRenderer.fragment(BarChart(title: "Capaian \"<x>\"", bars: [
            BarChart.Bar(label: "<script>alert(1)</script>", value: 99, caption: "99,00 %", tone: "good"),
        ]).node())
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("aria-label=\"Capaian &quot;&lt;x&gt;&quot;\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("class=\"value inside\""))
    }
}
