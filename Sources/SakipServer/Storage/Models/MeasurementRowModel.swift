import FluentKit
import Foundation

/// A row of the year's measurement table as the office states it (`MeasurementTable.Row`).
public final class MeasurementRowModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "measurement_rows"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @OptionalField(key: "objective_key") public var objectiveKey: String?
    @Field(key: "indicator_key") public var indicatorKey: String
    @OptionalField(key: "target") public var target: String?
    @OptionalField(key: "realisation") public var realisation: String?
    @OptionalField(key: "not_applicable_reason") public var notApplicableReason: String?
    @OptionalField(key: "printed_capaian") public var printedCapaian: String?
    @OptionalField(key: "printed_category") public var printedCategory: String?

    public init() {}
}
