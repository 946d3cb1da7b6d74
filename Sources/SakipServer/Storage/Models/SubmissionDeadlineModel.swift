import FluentKit
import Foundation

/// A due date KPU RI set for one document of one year; without a row the default of ``SubmissionDeadline`` holds.
public final class SubmissionDeadlineModel: Model, @unchecked Sendable {
    public static let schema = "submission_deadlines"

    @ID(key: .id) public var id: UUID?
    @Field(key: "year") public var year: Int
    /// `SubmissionDocument` raw value.
    @Field(key: "document") public var document: String
    /// "2025-01-31".
    @Field(key: "due_on") public var dueOn: String
    @Field(key: "set_at") public var setAt: Date
    @Field(key: "set_by_name") public var setByName: String

    public init() {}
}
