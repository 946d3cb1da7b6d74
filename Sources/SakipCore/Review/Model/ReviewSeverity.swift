/// How serious a review finding is.
///
/// An `error` is a figure or fact the report must not be published with; a `warning` needs a
/// reviewer's judgement; a `note` records something worth a look that may well be right.
public enum ReviewSeverity: String, CaseIterable, Comparable, Sendable {
    case error, warning, note

    /// "kesalahan", "peringatan", "catatan".
    public var label: String {
        switch self {
        case .error: "kesalahan"
        case .warning: "peringatan"
        case .note: "catatan"
        }
    }

    /// Errors first: `error < warning < note`, the order findings are listed in.
    public static func < (lhs: ReviewSeverity, rhs: ReviewSeverity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
}
