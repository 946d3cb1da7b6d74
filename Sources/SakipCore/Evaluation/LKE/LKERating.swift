import Foundation

/// The rating of a sub-component (PermenPANRB 88/2021): AA, A, BB, B, CC, C, D, E worth 100 … 0. It is given per
/// sub-component; the criteria under it are the probing questions that decide it.
public enum LKERating: String, CaseIterable, Comparable, Sendable {
    case aa = "AA", a = "A", bb = "BB", b = "B", cc = "CC", c = "C", d = "D", e = "E"

    /// 100, 90, 80, 70, 60, 50, 30, 0.
    public var value: Decimal {
        switch self {
        case .aa: 100
        case .a: 90
        case .bb: 80
        case .b: 70
        case .cc: 60
        case .c: 50
        case .d: 30
        case .e: 0
        }
    }

    /// "AA".
    public var code: String { rawValue }

    /// What the rating means for a sub-component of a dimension (LKE.md §1.4).
    public func meaning(for dimension: LKEDimension) -> String {
        switch (self, dimension) {
        case (.aa, .keberadaan): "Seluruh kriteria terpenuhi (100 %) dan telah dipertahankan sekurang-kurangnya 5 tahun terakhir"
        case (.aa, _): "Kualitas seluruh kriteria terpenuhi (100 %), inovatif, dan layak menjadi percontohan nasional"
        case (.a, .keberadaan): "Seluruh kriteria terpenuhi (100 %) dan telah dipertahankan sekurang-kurangnya 1 tahun terakhir"
        case (.a, _): "Kualitas seluruh kriteria terpenuhi (100 %) dengan upaya yang patut diapresiasi"
        case (.bb, _): "Kualitas seluruh kriteria terpenuhi (100 %) sesuai mandat kebijakan nasional"
        case (.b, _): "Sebagian besar kriteria terpenuhi (lebih dari 75 % sampai 100 %)"
        case (.cc, _): "Sebagian besar kriteria terpenuhi (lebih dari 50 % sampai 75 %)"
        case (.c, _): "Sebagian kecil kriteria terpenuhi (lebih dari 25 % sampai 50 %)"
        case (.d, _): "Kriteria mulai terpenuhi (lebih dari 0 % sampai 25 %)"
        case (.e, _): "Belum ada upaya sama sekali"
        }
    }

    /// Ordered by value: E < D < … < AA.
    public static func < (lhs: LKERating, rhs: LKERating) -> Bool { lhs.value < rhs.value }

    /// The rating with a code, in any letter case ("bb" reads as BB).
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).uppercased())
    }
}
