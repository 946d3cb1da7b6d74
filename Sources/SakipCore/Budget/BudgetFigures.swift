import Foundation

/// Pagu and realisasi of a budget line or total, with what follows from them.
public struct BudgetFigures: Hashable, Sendable {
    public var pagu: Decimal
    public var realisasi: Decimal

    public init(pagu: Decimal, realisasi: Decimal) {
        self.pagu = pagu
        self.realisasi = realisasi
    }

    public static let zero = BudgetFigures(pagu: 0, realisasi: 0)

    /// Sisa = pagu − realisasi.
    public var sisa: Decimal { pagu - realisasi }

    /// Persen = realisasi / pagu × 100, exact; nil when the pagu is 0.
    public var persen: Decimal? { pagu == 0 ? nil : realisasi / pagu * 100 }

    public static func + (lhs: BudgetFigures, rhs: BudgetFigures) -> BudgetFigures {
        BudgetFigures(pagu: lhs.pagu + rhs.pagu, realisasi: lhs.realisasi + rhs.realisasi)
    }
}
