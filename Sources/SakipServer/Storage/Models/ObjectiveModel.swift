import FluentKit
import Foundation

/// A sasaran strategis of an office-year (`Objective`).
public final class ObjectiveModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "objectives"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "statement") public var statement: String
    @OptionalField(key: "goal_key") public var goalKey: String?

    public init() {}
}
