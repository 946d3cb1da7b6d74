/// The family a review check belongs to (issue 5: arithmetic, logic, coverage, chronology, cross-module).
public enum ReviewCategory: String, CaseIterable, Sendable {
    /// Sums, differences, percentages and rounding.
    case arithmetic
    /// Polarity, kinds of values, plausibility, averages and categories.
    case logic
    /// What the PK promises against what is planned and measured.
    case coverage
    /// Dates and their order.
    case chronology
    /// The same figure stated in two places.
    case crossModule

    /// Indonesian name used in the review's text output.
    public var label: String {
        switch self {
        case .arithmetic: "Aritmetika"
        case .logic: "Logika"
        case .coverage: "Kelengkapan"
        case .chronology: "Kronologi"
        case .crossModule: "Antarbagian"
        }
    }
}
