import Foundation

/// Computes capaian (DOMAIN §4) with exact decimal arithmetic.
///
/// - Higher is better: realisasi / target × 100.
/// - Lower is better: `mirror` (2 × target − realisasi) / target × 100 floored at 0, or `ratio` target / realisasi × 100.
/// - Equal to target: 100 − |realisasi − target| / target × 100, floored at 0.
/// - Grades: reaching or passing the target's rank is 100 %; below it, rank(realisasi) / rank(target) × 100,
///   ranks counted from the worst grade (D = 1 … AA = 7).
/// - Target 0 or not applicable: no capaian, never a division by 0.
public enum CapaianCalculator {
    /// The capaian of `indicator` for a target and a realisation. `formula` is the office's choice for
    /// lower-is-better indicators; the indicator's own choice wins.
    public static func capaian(indicator: Indicator, target: MeasureValue?, realisation: MeasureValue?,
                               formula: LowerIsBetterFormula = .mirror) -> Achievement {
        guard let target else { return .missing(reason: "target belum ditetapkan") }
        let targetReading: MeasureReading
        do { targetReading = try indicator.reading(of: target) } catch {
            return .rejected(reason: "target \(error.description)")
        }
        if targetReading == .notApplicable {
            return .notApplicable(reason: "target tidak berlaku tahun ini")
        }
        guard let realisation else { return .missing(reason: "realisasi belum diisi") }
        let actualReading: MeasureReading
        do { actualReading = try indicator.reading(of: realisation) } catch {
            return .rejected(reason: "realisasi \(error.description)")
        }
        switch (targetReading, actualReading) {
        case (_, .notApplicable):
            return .notApplicable(reason: "realisasi dinyatakan tidak berlaku")
        case (.rank(let t), .rank(let r)):
            return .measured(r >= t ? 100 : Decimal(r) / Decimal(t) * 100)
        case (.amount(let t), .amount(let r)):
            return amounts(target: t, actual: r, polarity: indicator.polarity,
                           formula: indicator.lowerIsBetterFormula ?? formula)
        default:
            return .rejected(reason: "target dan realisasi berbeda jenis")
        }
    }

    /// The capaian of two amounts under a polarity.
    public static func amounts(target: Decimal, actual: Decimal, polarity: Polarity,
                               formula: LowerIsBetterFormula = .mirror) -> Achievement {
        guard target != 0 else {
            return .notApplicable(reason: "target 0: capaian tidak dihitung")
        }
        switch polarity {
        case .higherIsBetter:
            return .measured(actual / target * 100)
        case .lowerIsBetter where formula == .mirror:
            return .measured(max(0, (2 * target - actual) / target * 100))
        case .lowerIsBetter:
            guard actual != 0 else {
                return .notApplicable(reason: "realisasi 0: rumus Target/Realisasi tidak dapat dihitung; gunakan rumus (2 × Target − Realisasi) / Target")
            }
            return .measured(target / actual * 100)
        case .equalToTarget:
            let gap = actual > target ? actual - target : target - actual
            return .measured(max(0, 100 - gap / target * 100))
        }
    }
}
