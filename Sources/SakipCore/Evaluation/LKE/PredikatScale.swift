import Foundation

/// One band of the predikat scale: `above` < total ≤ `atMost`, with the predikat's name and interpretation.
public struct PredikatBand: Hashable, Sendable {
    public var predikat: Predikat
    /// Exclusive lower bound; nil for the lowest band, which starts at 0 inclusive.
    public var above: Decimal?
    /// Inclusive upper bound.
    public var atMost: Decimal
    /// "Sangat Baik".
    public var name: String
    /// What the predikat says about the office's SAKIP.
    public var interpretation: String

    public init(predikat: Predikat, above: Decimal?, atMost: Decimal, name: String, interpretation: String) {
        self.predikat = predikat
        self.above = above
        self.atMost = atMost
        self.name = name
        self.interpretation = interpretation
    }

    /// Whether a total falls in the band.
    public func contains(_ total: Decimal) -> Bool {
        (above.map { total > $0 } ?? (total >= 0)) && total <= atMost
    }

    /// "> 70 – 80", "0 – 30".
    public var rangeText: String {
        "\(above.map { "> \(IndonesianFormat.plain($0))" } ?? "0") – \(IndonesianFormat.plain(atMost))"
    }
}

/// The bands that turn a total score into a predikat. Lower bounds are exclusive: 90,00 is A, 90,01 is AA.
public struct PredikatScale: Hashable, Sendable {
    /// Bands from the highest down.
    public var bands: [PredikatBand]

    /// A scale after checking that it covers 0 – 100 without gaps or overlaps, each predikat once.
    public init(bands: [PredikatBand]) throws(ValueParseError) {
        let sorted = bands.sorted { $0.atMost > $1.atMost }
        var problems: [String] = []
        if Set(bands.map(\.predikat)).count != bands.count { problems.append("predikat yang sama muncul dua kali") }
        if sorted.first?.atMost != 100 { problems.append("band tertinggi harus berakhir di 100") }
        if let lowest = sorted.last, lowest.above != nil { problems.append("band terendah harus dimulai dari 0") }
        for (upper, lower) in zip(sorted, sorted.dropFirst()) where upper.above != lower.atMost {
            problems.append("band \(upper.predikat.code) harus dimulai tepat di atas batas atas band \(lower.predikat.code) (\(IndonesianFormat.plain(lower.atMost)))")
        }
        guard problems.isEmpty else { throw ValueParseError("skala predikat", problems.joined(separator: "; ")) }
        self.bands = sorted
    }

    private init(unchecked bands: [PredikatBand]) { self.bands = bands }

    /// The band of a total; the total is compared as shown, rounded half-up to two decimals, so that the
    /// printed figure and the printed predikat always agree.
    public func band(for total: Decimal) -> PredikatBand? {
        let shown = total.roundedHalfUp(scale: 2)
        return bands.first { $0.contains(shown) }
    }

    /// The band of a predikat.
    public func band(of predikat: Predikat) -> PredikatBand? { bands.first { $0.predikat == predikat } }

    /// PermenPANRB 88/2021 (LKE.md §2.3).
    public static let permenPANRB88 = PredikatScale(unchecked: [
        PredikatBand(predikat: .aa, above: 90, atMost: 100, name: "Sangat Memuaskan",
                     interpretation: "Telah terwujud good governance. Seluruh kinerja dikelola dengan sangat memuaskan di seluruh unit kerja. Telah terbentuk pemerintah yang dinamis, adaptif, dan efisien (reform). Pengukuran kinerja telah dilakukan sampai ke level individu."),
        PredikatBand(predikat: .a, above: 80, atMost: 90, name: "Memuaskan",
                     interpretation: "Terdapat gambaran bahwa instansi pemerintah/unit kerja dapat memimpin perubahan dalam mewujudkan pemerintahan berorientasi hasil, karena pengukuran kinerja telah dilakukan sampai ke level eselon 4/Pengawas/Subkoordinator."),
        PredikatBand(predikat: .bb, above: 70, atMost: 80, name: "Sangat Baik",
                     interpretation: "Terdapat gambaran bahwa AKIP sangat baik pada 2/3 unit kerja, baik itu unit kerja utama maupun unit kerja pendukung. Akuntabilitas yang sangat baik ditandai dengan mulai terwujudnya efisiensi penggunaan anggaran dalam mencapai kinerja, memiliki sistem manajemen kinerja yang andal dan berbasis teknologi informasi, serta pengukuran kinerja telah dilakukan sampai ke level eselon 3/koordinator."),
        PredikatBand(predikat: .b, above: 60, atMost: 70, name: "Baik",
                     interpretation: "Terdapat gambaran bahwa AKIP sudah baik pada 1/3 unit kerja, khususnya pada unit kerja utama. Terlihat masih perlu adanya sedikit perbaikan pada unit kerja, serta komitmen dalam manajemen kinerja. Pengukuran kinerja baru dilaksanakan sampai dengan level eselon 2/unit kerja."),
        PredikatBand(predikat: .cc, above: 50, atMost: 60, name: "Cukup (Memadai)",
                     interpretation: "Terdapat gambaran bahwa AKIP cukup baik. Namun demikian, masih perlu banyak perbaikan walaupun tidak mendasar, khususnya akuntabilitas kinerja pada unit kerja."),
        PredikatBand(predikat: .c, above: 30, atMost: 50, name: "Kurang",
                     interpretation: "Sistem dan tatanan kurang dapat diandalkan. Belum terdapat sistem untuk manajemen kinerja. Masih perlu banyak perbaikan, sebagian perubahan yang sangat mendasar."),
        PredikatBand(predikat: .d, above: nil, atMost: 30, name: "Sangat Kurang",
                     interpretation: "Sistem dan tatanan sama sekali tidak dapat diandalkan. Belum terdapat sistem untuk manajemen kinerja. Masih perlu banyak perbaikan, perubahan yang sangat mendasar."),
    ])
}
