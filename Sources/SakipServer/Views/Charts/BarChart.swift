import Foundation
import SakipCore

/// A horizontal bar chart as inline SVG: one bar per item, scaled to the largest value (at least 100),
/// with a reference line at 100 %. Values are exact decimals; only the drawing is rounded.
struct BarChart {
    struct Bar {
        var label: String
        var value: Decimal?
        /// The text printed at the end of the bar ("99,51 %").
        var caption: String
        /// CSS class for the bar's colour (category).
        var tone: String
    }

    var title: String
    var bars: [Bar]

    func node() -> Node {
        let layout = BarChartLayout(bars: bars)
        return .figure(
            .figcaption(.text(title)),
            .svg(
                .attribute(named: "role", value: "img"), .ariaLabel(title), .class("chart"),
                .attribute(named: "viewBox", value: "0 0 \(fixed(layout.width)) \(fixed(layout.height))"),
                .forEach(Array(zip(bars, layout.rows))) { bar, row in
                    .group(
                        .svgText(.attribute(named: "x", value: fixed(BarChartLayout.labelWidth - 6)), .attribute(named: "y", value: fixed(row.y + 14)),
                                 .attribute(named: "text-anchor", value: "end"), .class("label"), .text(Self.short(bar.label))),
                        .rect(.attribute(named: "x", value: fixed(BarChartLayout.labelWidth)), .attribute(named: "y", value: fixed(row.y)),
                              .attribute(named: "width", value: fixed(row.barWidth)),
                              .attribute(named: "height", value: fixed(BarChartLayout.rowHeight - 8)),
                              .class("bar \(bar.tone)"), .svgTitle("\(bar.label): \(bar.caption)")),
                        .svgText(.attribute(named: "x", value: fixed(row.caption.x)), .attribute(named: "y", value: fixed(row.y + 13)),
                                 .if(row.caption.anchor == .end, .attribute(named: "text-anchor", value: "end")),
                                 .class(row.caption.anchor == .end ? "value inside" : "value"), .text(bar.caption))
                    )
                },
                .line(.attribute(named: "x1", value: fixed(layout.reference)), .attribute(named: "y1", value: "0"),
                      .attribute(named: "x2", value: fixed(layout.reference)), .attribute(named: "y2", value: fixed(layout.height - 18)),
                      .class("reference")),
                .svgText(.attribute(named: "x", value: fixed(layout.reference)), .attribute(named: "y", value: fixed(layout.height - 4)),
                         .attribute(named: "text-anchor", value: "middle"), .class("label"), .text("100 %"))
            )
        )
    }

    /// An SVG coordinate: one decimal, "." as the mark.
    private func fixed(_ value: Decimal) -> String {
        var rounded = value.roundedHalfUp(scale: 1)
        return NSDecimalString(&rounded, Locale(identifier: "en_US_POSIX"))
    }

    // About 6 px per character at the label size: 42 characters fit the 300 px label column.
    static func short(_ text: String) -> String { text.count > 42 ? String(text.prefix(40)) + "…" : text }

    /// CSS class of a category label.
    static func tone(for category: String?) -> String {
        switch category {
        case "Sangat Berhasil": "excellent"
        case "Berhasil": "good"
        case "Cukup Berhasil": "fair"
        case "Kurang Berhasil": "poor"
        case "Tidak Berhasil": "bad"
        default: "none"
        }
    }
}
