import Foundation

/// A sub-component's rating as its criteria decide it, with the counts and the reason in Indonesian.
public struct DerivedRating: Hashable, Sendable {
    public var rating: LKERating
    public var met: Int
    public var total: Int
    /// Criteria without an ada/tidak answer; they count as not met.
    public var unanswered: Int
    /// "5 dari 6 kriteria terpenuhi (83,33 %): lebih dari 75 % → B".
    public var reason: String

    /// Share of criteria met, exact.
    public var percent: Decimal { total == 0 ? 0 : Decimal(met) * 100 / Decimal(total) }
}

/// Derives a sub-component's rating from its criteria (LKE.md §2.2, the Kementerian PU implementation of the
/// 88/2021 rating table): the share of criteria met decides B … E; with every criterion met, the lowest rung
/// the criteria reach decides B (met), BB (met per the national mandate), A (kept ≥ 1 year) or AA (kept ≥ 5 years).
public enum RatingDerivation {
    public static func derive(_ subComponent: LKESubComponent, answers: LKEAnswers) -> DerivedRating {
        let levels = subComponent.criteria.map { answers[$0.id]?.level ?? .unanswered }
        let total = levels.count
        let met = levels.filter { $0 >= .met }.count
        let unanswered = levels.filter { $0 == .unanswered }.count
        let counted = "\(met) dari \(total) kriteria terpenuhi (\(IndonesianFormat.percent(total == 0 ? 0 : Decimal(met) * 100 / Decimal(total))))"
        let (rating, rule) = rate(levels: levels, met: met, total: total)
        var reason = "\(counted)\(rule) → \(rating.code)"
        if unanswered > 0 { reason += "; \(unanswered) kriteria belum dijawab dihitung belum terpenuhi" }
        return DerivedRating(rating: rating, met: met, total: total, unanswered: unanswered, reason: reason)
    }

    private static func rate(levels: [CriterionLevel], met: Int, total: Int) -> (LKERating, String) {
        guard total > 0, met > 0 else { return (.e, "") }
        // Compare met/total with the band limits exactly: met × 100 against limit × total.
        let share = met * 100
        if met == total {
            let lowest = levels.min() ?? .met
            switch lowest {
            case .keptFiveYears: return (.aa, ", seluruhnya sesuai mandat nasional dan dipertahankan sekurang-kurangnya 5 tahun")
            case .keptOneYear: return (.a, ", seluruhnya sesuai mandat nasional dan dipertahankan sekurang-kurangnya 1 tahun")
            case .mandate: return (.bb, ", seluruhnya sesuai mandat nasional")
            default:
                let short = levels.filter { $0 == .met }.count
                return (.b, ", tetapi \(short) kriteria belum ditandai sesuai mandat nasional")
            }
        }
        if share > 75 * total { return (.b, ": lebih dari 75\u{00A0}%") }
        if share > 50 * total { return (.cc, ": lebih dari 50 % sampai 75 %") }
        if share > 25 * total { return (.c, ": lebih dari 25 % sampai 50 %") }
        return (.d, ": lebih dari 0 % sampai 25 %")
    }
}
