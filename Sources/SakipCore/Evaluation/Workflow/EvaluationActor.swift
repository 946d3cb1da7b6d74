/// The user acting on an evaluation: the name the history records and the role the policy decides on.
public struct EvaluationActor: Hashable, Sendable {
    public var name: String
    public var role: EvaluationRole

    public init(name: String, role: EvaluationRole) {
        self.name = name
        self.role = role
    }
}

/// Why an action on an evaluation was refused, in Indonesian, for the user.
public struct EvaluationWorkflowError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
