/// An ordered scale of grades.
public enum GradeScale: String, CaseIterable, Sendable {
    /// Nilai AKIP (PermenPANRB 88/2021): AA, A, BB, B, CC, C, D.
    case sakip
    /// Opini BPK: WTP, WDP, TW, TMP.
    case opiniBPK

    /// The grades, best first.
    public var grades: [String] {
        switch self {
        case .sakip: ["AA", "A", "BB", "B", "CC", "C", "D"]
        case .opiniBPK: ["WTP", "WDP", "TW", "TMP"]
        }
    }

    /// Rank of a grade counted from the worst (D = 1 … AA = 7; TMP = 1 … WTP = 4); nil when not on the scale.
    public func rank(of grade: String) -> Int? {
        grades.firstIndex(of: grade.uppercased()).map { grades.count - $0 }
    }

    /// "SAKIP (AA, A, BB, B, CC, C, D)".
    public var label: String {
        let name = self == .sakip ? "SAKIP" : "Opini BPK"
        return "\(name) (\(grades.joined(separator: ", ")))"
    }

    /// The scale a grade belongs to.
    public static func containing(_ grade: String) -> GradeScale? {
        allCases.first { $0.rank(of: grade) != nil }
    }
}
