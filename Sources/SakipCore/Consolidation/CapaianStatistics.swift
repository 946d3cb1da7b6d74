import Foundation

/// Exact statistics of capaian across offices.
///
/// Rules (stated in the province and national pages and the LKj annex):
/// - only measured values count; offices without a capaian are listed apart;
/// - median: the middle value of the sorted values for an odd count, the exact mean of the two middle values for
///   an even count (4 values 80, 90, 95, 100 → 92,5);
/// - mean: the exact sum divided by the count;
/// - rank: standard competition ranking by capaian, highest first, equal exact values sharing a rank and the next
///   rank skipping (100, 95, 95, 90 → 1, 2, 2, 4).
public struct CapaianStatistics: Hashable, Sendable, Codable {
    public var count: Int
    public var median: Decimal?
    public var mean: Decimal?
    public var minimum: Decimal?
    public var maximum: Decimal?

    public init(_ values: [Decimal]) {
        let sorted = values.sorted()
        count = sorted.count
        median = Self.median(sorted: sorted)
        mean = sorted.isEmpty ? nil : sorted.reduce(0, +) / Decimal(sorted.count)
        minimum = sorted.first
        maximum = sorted.last
    }

    /// The median of values already sorted ascending; nil for none.
    public static func median(sorted: [Decimal]) -> Decimal? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The competition rank of each value (nil values get nil), highest first.
    public static func ranks(_ values: [Decimal?]) -> [Int?] {
        let order = values.enumerated().compactMap { item in item.element.map { (index: item.offset, value: $0) } }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.index < $1.index }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (position, item) in order.enumerated() {
            let tied = position > 0 && order[position - 1].value == item.value
            ranks[item.index] = tied ? ranks[order[position - 1].index] : position + 1
        }
        return ranks
    }
}

/// How many offices fall into each category of a scale, and how many have no capaian.
public struct CategoryDistribution: Hashable, Sendable, Codable {
    /// One category with its count, in the scale's order (highest first).
    public struct Bin: Hashable, Sendable, Codable {
        public var label: String
        /// The band as printed ("> 90 – 100").
        public var range: String
        public var count: Int
    }

    public var bins: [Bin]
    /// Offices with the indicator but no capaian (not applicable, missing, rejected).
    public var notMeasured: Int

    public init(capaian: [Decimal?], scale: CategoryScale = .kpuDefault) {
        var counts = Array(repeating: 0, count: scale.bands.count)
        var notMeasured = 0
        for value in capaian {
            guard let value, let index = scale.bands.firstIndex(where: { $0.contains(value) }) else {
                notMeasured += 1
                continue
            }
            counts[index] += 1
        }
        bins = zip(scale.bands, counts).map { Bin(label: $0.label, range: $0.rangeText, count: $1) }
        self.notMeasured = notMeasured
    }

    /// Offices counted in a category.
    public var measured: Int { bins.reduce(0) { $0 + $1.count } }
}
