import Foundation

/// A stated capaian that does not follow from its target and realisation. Wrong polarity, capping and
/// rounding have checks of their own, so this reports what none of them explains. When the row's category
/// agrees with its printed capaian but not with the computed one, the two were computed from other figures:
/// the target (or realisation) is then the suspect and is named first; otherwise the capaian is, with the
/// target and realisation that would make it right as the other possibilities.
public struct CapaianCheck: ReviewCheck {
    public let code = "ARITH-CAPAIAN"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Capaian yang tertulis sesuai dengan target dan realisasinya menurut rumus indikator (tabel pengukuran, narasi, tabel perbandingan, riwayat)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let formula = context.officeYear.settings.lowerIsBetterFormula
        let scale = context.officeYear.settings.categories
        return context.statedCapaian.compactMap { stated in
            if case .notApplicable(let reason) = stated.achievement, PrintedFigure.percent(stated.printed) != nil {
                // A capaian printed where the figures give none (a target of 0, a realisation "N/A").
                return finding(stated.place,
                               "Capaian tertulis \(ReviewText.quoted(stated.printed)), padahal dari \(stated.figuresText) tidak ada capaian yang dapat dihitung (\(reason)).",
                               expected: "tidak diukur", found: stated.printed,
                               alternatives: [stated.targetPlace, stated.realisationPlace].compactMap { $0.map { ReviewAlternative(place: $0) } })
            }
            guard stated.verdict == .mismatch, let exact = stated.achievement.percent else { return nil }
            let alternatives = stated.alternatives(formula: formula)
            let capaianAlternative = ReviewAlternative(place: stated.place, expected: ReviewText.percent(exact))
            if stated.categoryPointsAtTheFigures(scale: scale), let first = alternatives.first {
                let field = first.place.field ?? "target"
                return finding(first.place,
                               "Capaian tertulis \(ReviewText.quoted(stated.printed)) dan kategorinya \(ReviewText.quoted(stated.printedCategory ?? "")) sesuai satu sama lain, tetapi dari \(stated.figuresText) capaiannya \(ReviewText.percent(exact)): \(field) yang tertulis tampaknya keliru (seharusnya \(first.expected ?? "-") agar capaian \(ReviewText.quoted(stated.printed)) benar).",
                               expected: first.expected, found: field == "target" ? stated.target?.description : stated.realisation?.description,
                               alternatives: Array(alternatives.dropFirst()) + [capaianAlternative])
            }
            let otherwise = alternatives.isEmpty ? ""
                : "; bila capaian itu benar, \(alternatives.map { "\($0.place.field ?? "") seharusnya \($0.expected ?? "-")" }.joined(separator: " atau "))"
            return finding(stated.place,
                           "Capaian tertulis \(ReviewText.quoted(stated.printed)), padahal dari \(stated.figuresText) capaiannya \(ReviewText.percent(exact))\(otherwise).",
                           expected: ReviewText.percent(exact), found: stated.printed, alternatives: alternatives)
        }
    }
}
