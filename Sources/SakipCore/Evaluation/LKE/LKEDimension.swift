import Foundation

/// What a sub-component asks about its component (PermenPANRB 88/2021): whether the thing exists, how good it
/// is, and whether it is used. Each component splits its weight 20 % / 30 % / 50 % over them.
public enum LKEDimension: String, CaseIterable, Sendable {
    case keberadaan, kualitas, pemanfaatan

    /// "Keberadaan", "Kualitas", "Pemanfaatan".
    public var label: String {
        switch self {
        case .keberadaan: "Keberadaan"
        case .kualitas: "Kualitas"
        case .pemanfaatan: "Pemanfaatan"
        }
    }

    /// The letter of the sub-component within its component ("a", "b", "c").
    public var letter: String {
        switch self {
        case .keberadaan: "a"
        case .kualitas: "b"
        case .pemanfaatan: "c"
        }
    }

    /// The dimension's share of its component's weight in the regulation: 20, 30 or 50 (per cent).
    public var share: Decimal {
        switch self {
        case .keberadaan: 20
        case .kualitas: 30
        case .pemanfaatan: 50
        }
    }
}
