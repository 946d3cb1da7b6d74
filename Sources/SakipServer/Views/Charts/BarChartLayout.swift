import Foundation

/// Where a bar chart's shapes go. The value printed at a bar's end never crosses the 100 % line: a label
/// that would is drawn inside its bar when the bar is long enough, otherwise just past the line.
/// Geometry is in decimals too, so that no binary floating point comes near a figure.
struct BarChartLayout {
    static let labelWidth: Decimal = 300
    static let chartWidth: Decimal = 360
    static let rowHeight: Decimal = 24
    /// Room right of the chart for the caption of the longest bar.
    static let margin: Decimal = 90
    /// Width of one character of a caption at the chart's 11 px font (a little generous: digits, "," and "%").
    static let characterWidth: Decimal = 7
    /// Space between a caption and what it must not touch.
    static let gap: Decimal = 4

    enum Anchor { case start, end }

    struct Caption {
        var x: Decimal
        var anchor: Anchor
        /// The horizontal span the caption covers.
        var span: ClosedRange<Decimal>
    }

    struct Row {
        var y: Decimal
        var barWidth: Decimal
        var caption: Caption
    }

    var rows: [Row]
    /// The x of the 100 % line.
    var reference: Decimal
    var width: Decimal { Self.labelWidth + Self.chartWidth + Self.margin }
    var height: Decimal

    init(bars: [BarChart.Bar]) {
        let maximum = max(bars.compactMap(\.value).max() ?? 100, 100)
        let reference = Self.labelWidth + Self.chartWidth * Self.ratio(100, of: maximum)
        self.reference = reference
        height = Decimal(bars.count) * Self.rowHeight + 24
        rows = bars.enumerated().map { index, bar in
            let width = bar.value.map { Self.chartWidth * Self.ratio($0, of: maximum) } ?? 0
            return Row(y: Decimal(index) * Self.rowHeight + 4, barWidth: width,
                       caption: Self.caption(bar.caption, barEnd: Self.labelWidth + width, barWidth: width, reference: reference))
        }
    }

    /// After the bar's end; inside it, or past the 100 % line, when that would cross the line.
    static func caption(_ text: String, barEnd: Decimal, barWidth: Decimal, reference: Decimal) -> Caption {
        let textWidth = Decimal(text.count) * characterWidth
        let after = barEnd + gap
        let crosses = after <= reference + gap && after + textWidth >= reference - gap
        guard crosses else { return Caption(x: after, anchor: .start, span: after...(after + textWidth)) }
        let insideEnd = barEnd - gap
        if barWidth >= textWidth + 2 * gap, insideEnd <= reference - gap {
            return Caption(x: insideEnd, anchor: .end, span: (insideEnd - textWidth)...insideEnd)
        }
        let past = reference + gap
        return Caption(x: past, anchor: .start, span: past...(past + textWidth))
    }

    /// value / maximum, clamped to 0…1, for drawing.
    static func ratio(_ value: Decimal, of maximum: Decimal) -> Decimal {
        guard maximum > 0 else { return 0 }
        return max(0, min(value, maximum)) / maximum
    }
}
