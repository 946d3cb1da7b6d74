import Foundation

/// What is wrong with a category scale as printed: each problem names the bands it concerns by their
/// position in the printed list, so that a message blames the right band.
public enum CategoryScaleProblem: Hashable, Sendable {
    /// A band printed without a range: no capaian can be placed in it.
    case openBand(band: Int)
    /// A range that cannot be read, as typed.
    case unreadableRange(band: Int, text: String)
    /// A range whose lower bound is above its upper bound.
    case inverted(band: Int)
    /// Two bands that both hold the capaian from `from` to `to` (one value when equal; `to` nil: no end).
    case overlap(first: Int, second: Int, from: Decimal, to: Decimal?)
    /// Capaian between two bands that no band holds. `below` is nil for a gap under the lowest band
    /// (from 0), `above` nil for one over the highest band.
    case gap(below: Int?, above: Int?, from: Decimal?, to: Decimal?)
}

extension Array where Element == PrintedCategoryBand {
    /// Every overlap, gap, open band and unreadable range of the scale, in the order a reader meets them.
    public var scaleProblems: [CategoryScaleProblem] {
        var problems: [CategoryScaleProblem] = []
        var ranges: [(index: Int, range: PrintedRange)] = []
        for (index, band) in enumerated() {
            guard let text = band.range else {
                problems.append(.openBand(band: index))
                continue
            }
            guard let range = PrintedRange.parse(text) else {
                problems.append(.unreadableRange(band: index, text: text))
                continue
            }
            if let low = range.lower, let high = range.upper, low > high || (low == high && !(range.lowerIncluded && range.upperIncluded)) {
                problems.append(.inverted(band: index))
                continue
            }
            ranges.append((index, range))
        }
        for (i, a) in ranges.enumerated() {
            for b in ranges.dropFirst(i + 1) {
                if let shared = a.range.intersection(b.range) {
                    problems.append(.overlap(first: a.index, second: b.index, from: shared.from, to: shared.to))
                }
            }
        }
        // Gaps in the order the scale is printed, like the other problems.
        problems += Self.gaps(ranges).sorted { first, second in
            guard case .gap(let b1, let a1, _, _) = first, case .gap(let b2, let a2, _, _) = second else { return false }
            return (a1 ?? b1 ?? 0) < (a2 ?? b2 ?? 0)
        }
        return problems
    }

    /// Sweeps the capaian from 0 upwards and reports each stretch no band covers.
    private static func gaps(_ ranges: [(index: Int, range: PrintedRange)]) -> [CategoryScaleProblem] {
        let ordered = ranges.sorted { ($0.range.lower ?? -1) < ($1.range.lower ?? -1) }
        var out: [CategoryScaleProblem] = []
        // Covered so far: everything below `reach` (and `reach` itself when `reachIncluded`).
        var reach: Decimal = 0
        var reachIncluded = false
        var reachBand: Int?
        var unbounded = false
        for (index, range) in ordered {
            let low = range.lower ?? 0
            let lowIncluded = range.lower == nil ? true : range.lowerIncluded
            if low > reach || (low == reach && !reachIncluded && !lowIncluded) {
                out.append(.gap(below: reachBand, above: index, from: reachBand == nil ? nil : reach, to: low))
            }
            guard let high = range.upper else {
                unbounded = true
                break
            }
            if high > reach || (high == reach && range.upperIncluded && !reachIncluded) {
                reach = high
                reachIncluded = range.upperIncluded
                reachBand = index
            }
        }
        if !unbounded, !ordered.isEmpty { out.append(.gap(below: reachBand, above: nil, from: reach, to: nil)) }
        return out
    }
}

extension PrintedRange {
    /// The stretch two ranges share, when they share any.
    func intersection(_ other: PrintedRange) -> (from: Decimal, to: Decimal?)? {
        let low: Decimal?
        let lowIncluded: Bool
        switch (lower, other.lower) {
        case let (a?, b?): (low, lowIncluded) = a == b ? (a, lowerIncluded && other.lowerIncluded) : (a > b ? (a, lowerIncluded) : (b, other.lowerIncluded))
        case let (a?, nil): (low, lowIncluded) = (a, lowerIncluded)
        case let (nil, b?): (low, lowIncluded) = (b, other.lowerIncluded)
        case (nil, nil): (low, lowIncluded) = (nil, true)
        }
        let high: Decimal?
        let highIncluded: Bool
        switch (upper, other.upper) {
        case let (a?, b?): (high, highIncluded) = a == b ? (a, upperIncluded && other.upperIncluded) : (a < b ? (a, upperIncluded) : (b, other.upperIncluded))
        case let (a?, nil): (high, highIncluded) = (a, upperIncluded)
        case let (nil, b?): (high, highIncluded) = (b, other.upperIncluded)
        case (nil, nil): (high, highIncluded) = (nil, true)
        }
        switch (low, high) {
        case let (l?, h?):
            if l < h || (l == h && lowIncluded && highIncluded) { return (l, h) }
            return nil
        case let (l?, nil): return (l, nil)
        case let (nil, h?): return (0, h)
        case (nil, nil): return (0, nil)
        }
    }

    /// "91 – 100", "> 100", "≤ 50": the range as the review writes it.
    public var text: String {
        switch (lower, upper) {
        case let (l?, h?) where l == h: return IndonesianFormat.plain(l)
        case let (l?, h?):
            if lowerIncluded && upperIncluded { return "\(IndonesianFormat.plain(l)) – \(IndonesianFormat.plain(h))" }
            return "\(IndonesianFormat.plain(l)) \(lowerIncluded ? "≤" : "<") x \(upperIncluded ? "≤" : "<") \(IndonesianFormat.plain(h))"
        case let (l?, nil): return "\(lowerIncluded ? "≥" : ">") \(IndonesianFormat.plain(l))"
        case let (nil, h?): return "\(upperIncluded ? "≤" : "<") \(IndonesianFormat.plain(h))"
        case (nil, nil): return "semua nilai"
        }
    }
}

extension CategoryScale {
    /// The printed scale read as half-open bands, each from the next lower band's upper bound (exclusive) to its
    /// own (inclusive): "91 – 100" above "71 – 90" becomes "> 90 – 100", so that 90,5 % has a category. Nil
    /// when a band has no readable range or the result is not a valid scale.
    public init?(halfOpenFrom printed: [PrintedCategoryBand]) {
        var ranges: [(band: PrintedCategoryBand, range: PrintedRange)] = []
        for band in printed {
            guard let range = band.interval else { return nil }
            ranges.append((band, range))
        }
        let ascending = ranges.sorted { ($0.range.upper ?? .greatestFiniteMagnitude) < ($1.range.upper ?? .greatestFiniteMagnitude) }
        var bands: [CategoryBand] = []
        var previousUpper: Decimal?
        for (band, range) in ascending {
            let above = previousUpper ?? (range.upper == nil ? range.lower : nil)
            bands.append(CategoryBand(label: band.label, above: above, atMost: range.upper, description: band.description))
            previousUpper = range.upper
        }
        guard let scale = try? CategoryScale(bands: bands) else { return nil }
        self = scale
    }
}
