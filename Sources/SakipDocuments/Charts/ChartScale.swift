import Foundation

/// The value axis of a chart that prints its values at the bar ends: a round maximum with room for the
/// longest label beyond the longest bar, so that a label such as "111,11" stays inside the plot, and
/// whole-number tick labels, so that "100" and "120" do not run into each other as "100,00120,00" did.
enum ChartScale {
    /// A round axis maximum at least a fifth above the largest value (1, 2 or 5 times a power of ten per
    /// step, at most eight steps); nil when there is nothing above zero to show.
    static func axisMaximum(_ values: [Decimal]) -> Decimal? {
        guard let largest = values.max(), largest > 0 else { return nil }
        let wanted = largest * Decimal(string: "1.2")!
        var power = Decimal(1)
        while wanted / power > 10 { power *= 10 }
        while wanted / power < 1 { power /= 10 }
        for step in [power / 10, power / 5, power / 2, power, power * 2, power * 5] where step > 0 {
            let steps = (wanted / step).roundedUp
            if steps <= 8 { return steps * step }
        }
        return (wanted / power).roundedUp * power
    }

    /// The tick label format of a value format: the same grouping without the fraction ("#,##0.00" → "#,##0").
    static func tickFormat(_ numberFormat: String) -> String {
        guard let point = numberFormat.firstIndex(of: ".") else { return numberFormat }
        return String(numberFormat[..<point])
    }
}

private extension Decimal {
    /// The smallest whole number not below this value.
    var roundedUp: Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .up)
        return result
    }
}
