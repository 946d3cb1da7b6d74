import Foundation

/// The counts a report states about its measurement ("10 dari 13 indikator Berhasil"), taken from a
/// ``MeasurementResult`` so that no sentence carries a typed figure.
public struct MeasurementSummary: Hashable, Sendable {
    /// Rows in the measurement.
    public var indicatorCount: Int
    /// Rows with a capaian.
    public var measuredCount: Int
    /// Rows without one (not applicable, missing, rejected).
    public var unmeasuredCount: Int
    /// Measured rows whose category is the one that holds 100 % (target reached) or a higher one.
    public var successCount: Int
    /// The label of the band that holds 100 % ("Berhasil").
    public var successLabel: String
    /// Counts per category in the scale's order, categories with no row left out.
    public var byCategory: [(label: String, count: Int)]

    public static func == (lhs: MeasurementSummary, rhs: MeasurementSummary) -> Bool {
        lhs.indicatorCount == rhs.indicatorCount && lhs.measuredCount == rhs.measuredCount
            && lhs.successCount == rhs.successCount && lhs.byCategory.map(\.label) == rhs.byCategory.map(\.label)
            && lhs.byCategory.map(\.count) == rhs.byCategory.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(indicatorCount)
        hasher.combine(measuredCount)
        hasher.combine(successCount)
    }

    public init(_ result: MeasurementResult) {
        let rows = result.rows
        let bands = result.settings.categories.bands
        let successBand = bands.firstIndex { $0.contains(100) } ?? 0
        let successLabels = Set(bands.prefix(successBand + 1).map(\.label))
        indicatorCount = rows.count
        measuredCount = rows.filter { $0.achievement.percent != nil }.count
        unmeasuredCount = indicatorCount - measuredCount
        successCount = rows.filter { $0.category.map(successLabels.contains) ?? false }.count
        successLabel = bands.indices.contains(successBand) ? bands[successBand].label : "Berhasil"
        byCategory = result.categoryCounts.filter { $0.count > 0 }
    }

    /// "10 dari 13 indikator yang diukur Berhasil (mencapai atau melampaui target)".
    public var successSentence: String {
        "\(successCount) dari \(measuredCount) indikator yang diukur masuk kategori \(successLabel) atau lebih baik"
    }

    /// "2 indikator Sangat Berhasil, 9 indikator Berhasil dan 2 indikator Cukup Berhasil".
    public var categoryPhrase: String {
        let parts = byCategory.map { "\($0.count) indikator \($0.label)" }
        switch parts.count {
        case 0: return "tidak ada indikator yang terukur"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " dan " + parts.last!
        }
    }
}
