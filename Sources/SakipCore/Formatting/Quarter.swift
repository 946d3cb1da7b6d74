/// A quarter of the budget year (triwulan).
public enum Quarter: Int, CaseIterable, Comparable, Sendable {
    case first = 1, second, third, fourth

    /// "Triwulan I" … "Triwulan IV".
    public var name: String { "Triwulan \(roman)" }

    /// "I" … "IV".
    public var roman: String { ["I", "II", "III", "IV"][rawValue - 1] }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.rawValue < rhs.rawValue }
}
