import Foundation
import Plot
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

    // Geometry in decimals too, so that no binary floating point comes near a figure.
    private let labelWidth: Decimal = 300
    private let chartWidth: Decimal = 360
    private let rowHeight: Decimal = 24

    func node() -> Node<HTML.BodyContext> {
        let maximum = max(bars.compactMap(\.value).max() ?? 100, 100)
        let height = Decimal(bars.count) * rowHeight + 24
        var parts: [String] = []
        for (index, bar) in bars.enumerated() {
            let y = Decimal(index) * rowHeight + 4
            let width = bar.value.map { chartWidth * Self.ratio($0, of: maximum) } ?? 0
            parts.append("<text x=\"\(Self.fixed(labelWidth - 6))\" y=\"\(Self.fixed(y + 14))\" text-anchor=\"end\" class=\"label\">\(Self.escape(Self.short(bar.label)))</text>")
            parts.append("<rect x=\"\(Self.fixed(labelWidth))\" y=\"\(Self.fixed(y))\" width=\"\(Self.fixed(width))\" height=\"\(Self.fixed(rowHeight - 8))\" class=\"bar \(bar.tone)\"><title>\(Self.escape(bar.label)): \(Self.escape(bar.caption))</title></rect>")
            parts.append("<text x=\"\(Self.fixed(labelWidth + width + 4))\" y=\"\(Self.fixed(y + 13))\" class=\"value\">\(Self.escape(bar.caption))</text>")
        }
        let hundred = labelWidth + chartWidth * Self.ratio(100, of: maximum)
        parts.append("<line x1=\"\(Self.fixed(hundred))\" y1=\"0\" x2=\"\(Self.fixed(hundred))\" y2=\"\(Self.fixed(height - 18))\" class=\"reference\"/>")
        parts.append("<text x=\"\(Self.fixed(hundred))\" y=\"\(Self.fixed(height - 4))\" text-anchor=\"middle\" class=\"label\">100 %</text>")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(Self.escape(title))\" viewBox=\"0 0 \(Self.fixed(labelWidth + chartWidth + 90)) \(Self.fixed(height))\" class=\"chart\">\(parts.joined())</svg>"
        return .element(named: "figure", nodes: [.element(named: "figcaption", text: title), .raw(svg)])
    }

    /// value / maximum, clamped to 0…1, for drawing.
    static func ratio(_ value: Decimal, of maximum: Decimal) -> Decimal {
        guard maximum > 0 else { return 0 }
        return max(0, min(value, maximum)) / maximum
    }

    /// An SVG coordinate: one decimal, "." as the mark.
    static func fixed(_ value: Decimal) -> String {
        var rounded = value.roundedHalfUp(scale: 1)
        return NSDecimalString(&rounded, Locale(identifier: "en_US_POSIX"))
    }

    // About 6 px per character at the label size: 42 characters fit the 300 px label column.
    static func short(_ text: String) -> String { text.count > 42 ? String(text.prefix(40)) + "…" : text }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

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
