/// One finalisation of the LKj: the date and place the LKj carries, who finalised it, on which day and at
/// which version of the data; and, once the leader reopens it, when, by whom and why. The office-year keeps
/// every finalisation in order; the LKj is final while the last one is not reopened.
public struct ReportFinalisation: Hashable, Sendable {
    /// The leader's reopening of a final LKj, with the written reason.
    public struct Reopening: Hashable, Sendable {
        public var on: CalendarDate
        public var by: String
        public var reason: String

        public init(on: CalendarDate, by: String, reason: String) {
            self.on = on
            self.by = by
            self.reason = reason
        }
    }

    /// The date the LKj carries above its signature.
    public var date: CalendarDate
    public var place: String
    /// The day the leader finalised it.
    public var finalisedOn: CalendarDate
    /// Who finalised it (the leader's name).
    public var by: String
    /// The office-year version the finalisation produced: the data of the final LKj.
    public var version: Int?
    public var reopening: Reopening?

    public init(date: CalendarDate, place: String, finalisedOn: CalendarDate, by: String, version: Int? = nil,
                reopening: Reopening? = nil) {
        self.date = date
        self.place = place
        self.finalisedOn = finalisedOn
        self.by = by
        self.version = version
        self.reopening = reopening
    }
}
