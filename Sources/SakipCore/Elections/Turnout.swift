/// Who used their right to vote (pengguna hak pilih) and the ballots cast. Invalid ballots still count
/// as participation (DOMAIN §6).
public struct Turnout: Hashable, Sendable {
    /// Voters who used their right, L and P.
    public var voted: VoterCount
    /// Registered voters with a disability, and those of them who voted.
    public var disabilityRegistered: Int?
    public var disabilityVoted: Int?
    /// Registered first-time voters (pemilih pemula), and those of them who voted.
    public var firstTimeRegistered: Int?
    public var firstTimeVoted: Int?
    public var validBallots: Int?
    public var invalidBallots: Int?

    public init(voted: VoterCount, disabilityRegistered: Int? = nil, disabilityVoted: Int? = nil, firstTimeRegistered: Int? = nil,
                firstTimeVoted: Int? = nil, validBallots: Int? = nil, invalidBallots: Int? = nil) {
        self.voted = voted
        self.disabilityRegistered = disabilityRegistered
        self.disabilityVoted = disabilityVoted
        self.firstTimeRegistered = firstTimeRegistered
        self.firstTimeVoted = firstTimeVoted
        self.validBallots = validBallots
        self.invalidBallots = invalidBallots
    }
}
