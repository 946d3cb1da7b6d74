import Foundation

/// A stated capaian that does not follow from its target and realisation. Wrong polarity, capping and
/// rounding have checks of their own, so this reports what none of them explains.
public struct CapaianCheck: ReviewCheck {
    public let code = "ARITH-CAPAIAN"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Capaian yang tertulis sesuai dengan target dan realisasinya menurut rumus indikator (tabel pengukuran, narasi, tabel perbandingan, riwayat)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.statedCapaian.compactMap { stated in
            guard stated.verdict == .mismatch, let exact = stated.achievement.percent else { return nil }
            return finding(stated.place,
                           "Capaian tertulis \(ReviewText.quoted(stated.printed)), padahal dari \(stated.figuresText) capaiannya \(ReviewText.percent(exact)).",
                           expected: ReviewText.percent(exact), found: stated.printed)
        }
    }
}
