import Foundation

/// One band of a category scale: `above` < capaian ≤ `atMost`.
public struct CategoryBand: Hashable, Sendable {
    public var label: String
    /// Exclusive lower bound; nil for no lower bound.
    public var above: Decimal?
    /// Inclusive upper bound; nil for no upper bound.
    public var atMost: Decimal?
    public var description: String?

    public init(label: String, above: Decimal?, atMost: Decimal?, description: String? = nil) {
        self.label = label
        self.above = above
        self.atMost = atMost
        self.description = description
    }

    /// Whether the band holds a capaian.
    public func contains(_ value: Decimal) -> Bool {
        (above.map { value > $0 } ?? true) && (atMost.map { value <= $0 } ?? true)
    }

    /// "> 90 – 100", "> 100", "≤ 50": the band's range as a report prints it.
    public var rangeText: String {
        switch (above, atMost) {
        case let (low?, high?): "> \(IndonesianFormat.plain(low)) – \(IndonesianFormat.plain(high))"
        case let (low?, nil): "> \(IndonesianFormat.plain(low))"
        case let (nil, high?): "0 – \(IndonesianFormat.plain(high))"
        case (nil, nil): "semua nilai"
        }
    }
}

/// The categories capaian fall into. Each office may set its own; the KPU default reads the printed
/// ranges (91–100, 71–90 …) as half-open bands so that 90,5 % has a category.
public struct CategoryScale: Hashable, Sendable {
    /// Bands from the highest down.
    public var bands: [CategoryBand]

    /// Builds a scale after checking it: bands must cover every capaian from 0 up, without gaps or overlaps.
    public init(bands: [CategoryBand]) throws(ValueParseError) {
        let problems = CategoryScale.problems(bands)
        guard problems.isEmpty else { throw ValueParseError("skala kategori", problems.joined(separator: "; ")) }
        self.bands = bands.sorted { ($0.atMost ?? .greatestFiniteMagnitude) > ($1.atMost ?? .greatestFiniteMagnitude) }
    }

    private init(unchecked bands: [CategoryBand]) { self.bands = bands }

    /// The scale of KPU reports (Pematangsiantar Tabel 3.4), as half-open bands.
    public static let kpuDefault = CategoryScale(unchecked: [
        CategoryBand(label: "Sangat Berhasil", above: 100, atMost: nil,
                     description: "Kegiatan yang dilaksanakan telah melampaui target indikator kinerja"),
        CategoryBand(label: "Berhasil", above: 90, atMost: 100,
                     description: "Kegiatan yang dilaksanakan telah mencapai target indikator kinerja"),
        CategoryBand(label: "Cukup Berhasil", above: 70, atMost: 90,
                     description: "Kegiatan yang dilaksanakan telah mendekati target indikator kinerja"),
        CategoryBand(label: "Kurang Berhasil", above: 50, atMost: 70,
                     description: "Kegiatan yang dilaksanakan tidak sesuai dengan target indikator kinerja"),
        CategoryBand(label: "Tidak Berhasil", above: nil, atMost: 50,
                     description: "Kegiatan yang dilaksanakan sangat tidak sesuai dengan target indikator kinerja"),
    ])

    /// The band of a capaian.
    public func band(for capaian: Decimal) -> CategoryBand? {
        bands.first { $0.contains(capaian) }
    }

    /// The category label of an achievement; nil when it was not measured.
    public func category(of achievement: Achievement) -> String? {
        achievement.percent.flatMap { band(for: $0)?.label }
    }

    /// What is wrong with a list of bands, in Indonesian; empty when it is a valid scale.
    public static func problems(_ bands: [CategoryBand]) -> [String] {
        guard !bands.isEmpty else { return ["skala kategori kosong"] }
        var problems: [String] = []
        let ordered = bands.sorted { ($0.above ?? -.greatestFiniteMagnitude) < ($1.above ?? -.greatestFiniteMagnitude) }
        if let first = ordered.first, let low = first.above, low >= 0 {
            problems.append("capaian 0 sampai \(IndonesianFormat.plain(low)) tidak masuk kategori mana pun")
        }
        for band in bands {
            if let low = band.above, let high = band.atMost, low >= high {
                problems.append("kategori \"\(band.label)\": batas bawah \(IndonesianFormat.plain(low)) tidak lebih kecil dari batas atas \(IndonesianFormat.plain(high))")
            }
        }
        for (lower, upper) in zip(ordered, ordered.dropFirst()) {
            guard let high = lower.atMost else {
                problems.append("kategori \"\(lower.label)\" tanpa batas atas tumpang tindih dengan \"\(upper.label)\"")
                continue
            }
            if upper.above != high {
                let gap = (upper.above ?? high) > high ? "celah" : "tumpang tindih"
                problems.append("\(gap) antara \"\(lower.label)\" (sampai \(IndonesianFormat.plain(high))) dan \"\(upper.label)\" (di atas \(upper.above.map(IndonesianFormat.plain) ?? "-"))")
            }
        }
        if let last = ordered.last, last.atMost != nil {
            problems.append("capaian di atas \(IndonesianFormat.plain(last.atMost!)) tidak masuk kategori mana pun")
        }
        return problems
    }
}
