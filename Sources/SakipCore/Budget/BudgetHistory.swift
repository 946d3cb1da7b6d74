import Foundation

/// One earlier year's pagu and realisasi (Asahan Tabel 3.4).
public struct BudgetYear: Hashable, Sendable {
    public var year: Int
    public var figures: BudgetFigures
    /// The persen the document printed.
    public var printedPersen: String?

    public init(year: Int, pagu: Decimal, realisasi: Decimal, printedPersen: String? = nil) {
        self.year = year
        self.figures = BudgetFigures(pagu: pagu, realisasi: realisasi)
        self.printedPersen = printedPersen
    }
}
