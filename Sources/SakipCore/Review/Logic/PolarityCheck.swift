import Foundation

/// A lower-is-better indicator whose stated capaian is realisasi / target × 100, the higher-is-better
/// formula (Asahan "1.100 %" for DPT 0,1 % → 1,1 %; Pagar Alam "150 %" for 10 → 15 revisions).
public struct PolarityCheck: ReviewCheck {
    public let code = "LOGIC-POLARITY"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Indikator \"semakin rendah semakin baik\" tidak dihitung dengan rumus Realisasi / Target × 100."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.statedCapaian.compactMap { stated in
            guard case .polarity(let naive)? = stated.verdict, let exact = stated.achievement.percent else { return nil }
            let formula = stated.indicator.lowerIsBetterFormula ?? context.officeYear.settings.lowerIsBetterFormula
            return finding(stated.place,
                           "Capaian tertulis \(ReviewText.quoted(stated.printed)) = Realisasi / Target × 100 (\(ReviewText.percent(naive))), padahal indikator ini semakin rendah semakin baik: \(formula.methodNote), dari \(stated.figuresText) capaiannya \(ReviewText.percent(exact)).",
                           expected: ReviewText.percent(exact), found: stated.printed)
        }
    }
}
