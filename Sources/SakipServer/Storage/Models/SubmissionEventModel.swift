import FluentKit
import Foundation

/// One transition of a submission, append-only: who, when, from which state to which, on which version, the note.
public final class SubmissionEventModel: Model, @unchecked Sendable {
    public static let schema = "submission_events"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "submission_id") public var submission: SubmissionModel
    @Field(key: "at") public var at: Date
    /// The day in Jakarta time ("2025-01-20"), the day deadlines count.
    @Field(key: "on_day") public var onDay: String
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "user_name") public var userName: String
    /// `SubmissionAction` raw value.
    @Field(key: "action") public var action: String
    @Field(key: "from_state") public var fromState: String
    @Field(key: "to_state") public var toState: String
    /// The frozen version the transition is about.
    @OptionalField(key: "version") public var version: Int?
    @OptionalField(key: "note") public var note: String?

    public init() {}
}
