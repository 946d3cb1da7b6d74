import FluentKit
import Foundation

/// An indicator's figures in an earlier year as the office states them (`IndicatorHistoryEntry`).
public final class IndicatorHistoryModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "indicator_history"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "indicator_key") public var indicatorKey: String
    @Field(key: "year") public var year: Int
    @OptionalField(key: "target") public var target: String?
    @OptionalField(key: "realisation") public var realisation: String?
    /// The capaian as stated.
    @OptionalField(key: "capaian") public var capaian: String?

    public init() {}
}
