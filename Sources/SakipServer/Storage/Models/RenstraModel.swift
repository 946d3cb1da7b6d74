import FluentKit
import Foundation

/// The Renstra slice of an office-year (`Renstra` without its targets, which are `RenstraTargetModel`).
public final class RenstraModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "renstras"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "start_year") public var startYear: Int
    @Field(key: "end_year") public var endYear: Int
    @OptionalField(key: "decree") public var decree: String?
    @OptionalField(key: "vision") public var vision: String?
    @Field(key: "missions") public var missions: [String]
    @Field(key: "goals") public var goals: [StoredGoal]
    @Field(key: "policies") public var policies: [String]

    public init() {}
}
