/// One assessor's answer to one criterion: met or not (ada/tidak), the flags that lift a fully met sub-component to
/// BB, A and AA, a note, and the evidence.
public struct CriterionAnswer: Hashable, Sendable {
    public var criterionId: String
    /// Ada (true) or tidak (false); nil while not answered.
    public var met: Bool?
    /// Met as the national policy mandate requires (lifts to BB).
    public var mandate: Bool
    /// Met and kept for at least the last year (lifts to A).
    public var keptOneYear: Bool
    /// Met and kept for at least the last five years (lifts to AA).
    public var keptFiveYears: Bool
    public var note: String?
    public var evidence: [EvidenceReference]

    public init(criterionId: String, met: Bool? = nil, mandate: Bool = false, keptOneYear: Bool = false,
                keptFiveYears: Bool = false, note: String? = nil, evidence: [EvidenceReference] = []) {
        self.criterionId = criterionId
        self.met = met
        self.mandate = mandate
        self.keptOneYear = keptOneYear
        self.keptFiveYears = keptFiveYears
        self.note = note
        self.evidence = evidence
    }

    /// How far the answer goes on the ladder met → mandate → kept 1 year → kept 5 years. A flag counts only when
    /// the rungs below it hold: "kept 5 years" without "kept 1 year" stops at the lower rung.
    public var level: CriterionLevel {
        guard let met else { return .unanswered }
        guard met else { return .notMet }
        guard mandate else { return .met }
        guard keptOneYear else { return .mandate }
        return keptFiveYears ? .keptFiveYears : .keptOneYear
    }

    /// "Ada", "Tidak", "-".
    public var shortText: String { met.map { $0 ? "Ada" : "Tidak" } ?? "-" }
}

/// The rung an answer reaches; ordered.
public enum CriterionLevel: Int, Comparable, Sendable {
    case unanswered, notMet, met, mandate, keptOneYear, keptFiveYears

    public static func < (lhs: CriterionLevel, rhs: CriterionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
