import Foundation

/// The capaian of one indicator: a percentage kept exact, or the reason there is none.
public enum Achievement: Hashable, Sendable {
    /// Capaian in percent, exact; round only when shown.
    case measured(Decimal)
    /// Nothing to measure this year (target 0, not applicable), with the reason the report states.
    case notApplicable(reason: String)
    /// No realisation entered yet.
    case missing(reason: String)
    /// The target or realisation does not fit the indicator.
    case rejected(reason: String)

    /// The exact percentage when measured.
    public var percent: Decimal? {
        if case .measured(let value) = self { return value }
        return nil
    }

    /// The reason when not measured.
    public var reason: String? {
        switch self {
        case .measured: nil
        case .notApplicable(let reason), .missing(let reason), .rejected(let reason): reason
        }
    }

    /// "99,51 %", "N/A", "belum ada", "ditolak".
    public var display: String {
        switch self {
        case .measured(let value): IndonesianFormat.percent(value)
        case .notApplicable: "N/A"
        case .missing: "belum ada"
        case .rejected: "ditolak"
        }
    }
}
