import Foundation

/// A capaian or persen whose last printed digit is not rounded half-up (99,50 for 99,5066…; 98 % for
/// 98,947…): the figure is right, its rounding is not.
public struct RoundingCheck: ReviewCheck {
    public let code = "ARITH-ROUNDING"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.arithmetic
    public let summary = "Capaian, persen dan persentase efisiensi pengadaan dibulatkan setengah ke atas pada jumlah desimal yang dicetak (bukan dipotong)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let capaian = context.statedCapaian.compactMap { stated -> ReviewFinding? in
            guard stated.verdict == .rounding, let exact = stated.achievement.percent else { return nil }
            return finding(stated.place, message(stated.printed, exact: exact, of: "Capaian"),
                           expected: expected(exact, like: stated.printed), found: stated.printed)
        }
        let reconciled = context.budgetIssues(of: nil, fields: [.persen]).filter(\.rounding).map { finding($0) }
        let persen = reconciled + context.statedBudgetFigures.compactMap { stated -> ReviewFinding? in
            guard let printed = stated.persen, let exact = stated.basis.persen,
                  PrintedComparison.compare(printed, with: exact) == .rounding else { return nil }
            return finding(stated.place(field: "persen", path: stated.persenPath), message(printed, exact: exact, of: "Persen"),
                           expected: expected(exact, like: printed), found: printed)
        }
        let efficiency = context.statedEfficiencyPercents.compactMap { stated -> ReviewFinding? in
            guard PrintedComparison.compareFigure(stated.printed, with: stated.exact) == .rounding else { return nil }
            return finding(stated.place, message(stated.printed, exact: stated.exact, of: "Persentase efisiensi"),
                           expected: expected(stated.exact, like: stated.printed), found: stated.printed)
        }
        // The office capaian rounded wrongly against the mean it states (LOGIC-AVERAGE reports a wrong one).
        let office = context.measurement.officeMean.map { mean in
            context.statedOfficeCapaian.compactMap { place, printed -> ReviewFinding? in
                guard PrintedComparison.compare(printed, with: mean) == .rounding,
                      context.measurement.indicatorMean.map({ PrintedComparison.compare(printed, with: $0) }) != .agrees else { return nil }
                return finding(place, message(printed, exact: mean, of: "Capaian kantor"),
                               expected: expected(mean, like: printed), found: printed)
            }
        } ?? []
        return capaian + persen + efficiency + office
    }

    private func message(_ printed: String, exact: Decimal, of what: String) -> String {
        "\(what) tertulis \(ReviewText.quoted(printed)), padahal nilai tepatnya \(IndonesianFormat.number(exact, fractionDigits: 4)) dibulatkan setengah ke atas menjadi \(expected(exact, like: printed))."
    }

    /// The exact value at the printed precision, as it should have been printed.
    private func expected(_ exact: Decimal, like printed: String) -> String {
        IndonesianFormat.percent(exact, fractionDigits: PrintedFigure.fractionDigits(printed))
    }
}
