import FluentKit
import Foundation

/// A RAK row: an indicator's target per quarter (`ActionPlanRow`), values as written.
public final class ActionPlanRowModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "action_plan_rows"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "indicator_key") public var indicatorKey: String
    @OptionalField(key: "q1") public var q1: String?
    @OptionalField(key: "q2") public var q2: String?
    @OptionalField(key: "q3") public var q3: String?
    @OptionalField(key: "q4") public var q4: String?

    public init() {}
}
