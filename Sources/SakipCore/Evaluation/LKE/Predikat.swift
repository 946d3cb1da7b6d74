/// The grade of an evaluation's total score (PermenPANRB 88/2021): AA … D. E exists only as a sub-component
/// rating; a total of 0 is D.
public enum Predikat: String, CaseIterable, Comparable, Sendable {
    case aa = "AA", a = "A", bb = "BB", b = "B", cc = "CC", c = "C", d = "D"

    /// "BB".
    public var code: String { rawValue }

    /// Best first: AA ranks above A.
    public static func < (lhs: Predikat, rhs: Predikat) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) > (order.firstIndex(of: rhs) ?? 0)
    }
}
