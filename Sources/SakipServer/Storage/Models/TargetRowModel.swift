import FluentKit
import Foundation

/// A target row of the RKT (no agreement) or of one PK revision (`TargetRow`).
public final class TargetRowModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "target_rows"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    /// The PK revision; nil for the RKT.
    @OptionalParent(key: "agreement_id") public var agreement: AgreementModel?
    @Field(key: "position") public var position: Int
    @OptionalField(key: "objective_key") public var objectiveKey: String?
    @Field(key: "indicator_key") public var indicatorKey: String
    /// The target as written ("75 %").
    @Field(key: "target") public var target: String
    @OptionalField(key: "activity_target") public var activityTarget: String?

    public init() {}
}
