import Foundation

/// What one budget line spent in each month (from the SAKTI/OM-SPAN monthly report), for the
/// absorption curve of the LKj and the dashboard.
public struct MonthlyRealisation: Hashable, Sendable {
    /// The line, usually an RO.
    public var code: BudgetCode
    /// Twelve amounts spent in the month itself (not cumulative), January first; nil for a month not reported.
    public var months: [Decimal?]

    public init(code: BudgetCode, months: [Decimal?]) {
        precondition(months.count == 12, "a monthly realisation has twelve months")
        self.code = code
        self.months = months
    }

    /// The sum of the reported months.
    public var total: Decimal { months.compactMap { $0 }.reduce(0, +) }
}

/// The office's absorption at the end of one month.
public struct MonthlyAbsorption: Hashable, Sendable {
    /// 1 = January.
    public var month: Int
    /// Spent in the month, all lines together.
    public var amount: Decimal
    /// Spent from January to the end of the month.
    public var cumulative: Decimal
    /// Cumulative ÷ total pagu × 100; nil when the pagu is zero.
    public var percent: Decimal?
}

extension Budget {
    /// The absorption month by month, over every line with a monthly realisation; empty when none is recorded.
    /// Only lines that are not inside another reported line count, so that an RO and its kegiatan are not added twice.
    public var absorptionByMonth: [MonthlyAbsorption] {
        let counted = monthly.filter { entry in
            !monthly.contains { $0.code != entry.code && $0.code.contains(entry.code) }
        }
        guard !counted.isEmpty else { return [] }
        let pagu = tree.total.pagu
        var cumulative: Decimal = 0
        return (1...12).map { month in
            let amount = counted.compactMap { $0.months[month - 1] }.reduce(0, +)
            cumulative += amount
            return MonthlyAbsorption(month: month, amount: amount, cumulative: cumulative,
                                     percent: pagu == 0 ? nil : cumulative / pagu * 100)
        }
    }
}
