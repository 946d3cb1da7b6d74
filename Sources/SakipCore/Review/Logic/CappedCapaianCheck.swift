import Foundation

/// An over-achievement printed as 100 %. The office's category scale has a band above 100 and capping
/// belongs to the averaging rule, so a row's own capaian keeps its real value.
public struct CappedCapaianCheck: ReviewCheck {
    public let code = "LOGIC-CAPAIAN-CAPPED"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Capaian di atas 100 % tidak ditulis 100 % (pembatasan hanya berlaku untuk rata-rata, bila ditetapkan)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let formula = context.officeYear.settings.lowerIsBetterFormula
        return context.statedCapaian.compactMap { stated in
            guard stated.verdict == .capped, let exact = stated.achievement.percent else { return nil }
            // The same row could also hold a typo in its target or realisation that pushes the capaian over 100.
            return finding(stated.place,
                           "Capaian tertulis \(ReviewText.quoted(stated.printed)), padahal dari \(stated.figuresText) capaiannya \(ReviewText.percent(exact)) (melampaui target).",
                           expected: ReviewText.percent(exact), found: stated.printed, alternatives: stated.alternatives(formula: formula))
        }
    }
}
