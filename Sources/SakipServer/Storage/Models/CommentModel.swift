import FluentKit
import Foundation

/// A remark by a provincial evaluator or a reviewer on an office-year. Kept when the year is re-imported.
public final class CommentModel: Model, @unchecked Sendable {
    public static let schema = "comments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Parent(key: "user_id") public var user: UserModel
    /// What it is about: "indicator:I7", "objective:S1", "budget:076.01.CQ.6709" or "umum".
    @Field(key: "subject") public var subject: String
    @Field(key: "text") public var text: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
