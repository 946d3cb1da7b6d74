/// Something the office did to follow up a recommendation, with its evidence and, once checked, the
/// evaluator's verification.
public struct FollowUpAction: Hashable, Sendable {
    public var id: String
    public var date: CalendarDate
    public var description: String
    /// The office states that this action completes the recommendation.
    public var completes: Bool
    public var evidence: [EvidenceReference]
    /// Who recorded it (the office user's name).
    public var recordedBy: String?
    public var verification: FollowUpVerification?

    public init(id: String, date: CalendarDate, description: String, completes: Bool = false,
                evidence: [EvidenceReference] = [], recordedBy: String? = nil, verification: FollowUpVerification? = nil) {
        self.id = id
        self.date = date
        self.description = description
        self.completes = completes
        self.evidence = evidence
        self.recordedBy = recordedBy
        self.verification = verification
    }
}
