/// One election the office ran or supported ("Pemilu 14 Februari 2024", "Pemilihan Serentak 27 November 2024"),
/// with its voter list and turnout. Participation rates are computed from these, never typed (DOMAIN §6).
public struct ElectionEvent: Hashable, Sendable {
    public var id: String
    public var name: String
    public var date: CalendarDate?
    public var kind: ElectionKind
    /// The denominator of participation rates for this event.
    public var participationBase: ParticipationBase
    public var dpt: DPTRecap
    /// Daftar Pemilih Tambahan and Daftar Pemilih Khusus, when known.
    public var dptb: VoterCount?
    public var dpk: VoterCount?
    public var turnout: Turnout?
    /// Counts the narrative states about this event.
    public var claims: [StatedCount]

    public init(id: String, name: String, date: CalendarDate? = nil, kind: ElectionKind, participationBase: ParticipationBase = .dpt,
                dpt: DPTRecap = DPTRecap(), dptb: VoterCount? = nil, dpk: VoterCount? = nil, turnout: Turnout? = nil,
                claims: [StatedCount] = []) {
        self.id = id
        self.name = name
        self.date = date
        self.kind = kind
        self.participationBase = participationBase
        self.dpt = dpt
        self.dptb = dptb
        self.dpk = dpk
        self.turnout = turnout
        self.claims = claims
    }

    /// The registered voters under the event's participation base.
    public var registered: VoterCount {
        switch participationBase {
        case .dpt: dpt.voters
        case .dptDptbDpk: dpt.voters + (dptb ?? .zero) + (dpk ?? .zero)
        }
    }
}
