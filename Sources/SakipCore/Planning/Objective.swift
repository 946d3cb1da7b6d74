/// A sasaran strategis: what the office means to achieve, measured by indicators.
public struct Objective: Hashable, Sendable {
    public var id: String
    public var statement: String
    /// The Renstra goal (tujuan) it serves.
    public var goalId: String?

    public init(id: String, statement: String, goalId: String? = nil) {
        self.id = id
        self.statement = statement
        self.goalId = goalId
    }
}
