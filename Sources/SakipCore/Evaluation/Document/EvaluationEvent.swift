/// A step of an evaluation's life, kept in its history: who did what, in which role, on which day, with a note.
public struct EvaluationEvent: Hashable, Sendable {
    public var action: EvaluationAction
    /// The user's name as the server knows it.
    public var by: String
    public var role: EvaluationRole
    public var on: CalendarDate
    public var note: String?

    public init(action: EvaluationAction, by: String, role: EvaluationRole, on: CalendarDate, note: String? = nil) {
        self.action = action
        self.by = by
        self.role = role
        self.on = on
        self.note = note
    }
}
