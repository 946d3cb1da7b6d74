import Foundation

/// What a native chart shows: categories, one or more series of exact values, and how.
struct ChartSpec {
    enum Kind {
        /// Vertical bars, series side by side.
        case bar
        /// Horizontal bars (long category names such as indicator statements).
        case horizontalBar
        /// Lines with markers.
        case line
    }

    struct Series {
        var name: String
        /// One value per category; nil leaves a gap (an indicator not measured).
        var values: [Decimal?]
    }

    var title: String
    var kind: Kind
    var categories: [String]
    var series: [Series]
    /// The axis number format code ("#,##0", "0.00").
    var numberFormat: String
    /// Height in EMU (width is the text width).
    var height: Int = 3_240_000
}
