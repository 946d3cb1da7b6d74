/// The evaluator's verdict on a follow-up action: accepted, or rejected with the reason.
public struct FollowUpVerification: Hashable, Sendable {
    public enum Verdict: String, CaseIterable, Sendable {
        case accepted, rejected

        /// "Diterima", "Ditolak".
        public var label: String { self == .accepted ? "Diterima" : "Ditolak" }
    }

    public var verdict: Verdict
    /// Required when rejected: what is still missing.
    public var note: String?
    /// Who verified (the evaluator's name).
    public var by: String
    public var on: CalendarDate

    public init(verdict: Verdict, note: String? = nil, by: String, on: CalendarDate) {
        self.verdict = verdict
        self.note = note
        self.by = by
        self.on = on
    }
}
