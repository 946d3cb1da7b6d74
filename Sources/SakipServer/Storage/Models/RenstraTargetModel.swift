import FluentKit
import Foundation

/// One year's Renstra target of an indicator. Rows with the same `position` form one target series;
/// a series without any year is kept as one row whose `year` and `value` are nil.
public final class RenstraTargetModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "renstra_targets"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    /// The series' place in the Renstra's target list.
    @Field(key: "position") public var position: Int
    @OptionalField(key: "objective_key") public var objectiveKey: String?
    @Field(key: "indicator_key") public var indicatorKey: String
    @OptionalField(key: "year") public var year: Int?
    /// The target as written ("75 %").
    @OptionalField(key: "value") public var value: String?

    public init() {}
}
