import FluentKit
import Foundation

/// The office's narrative for one indicator (`IndicatorAnalysis`).
public final class AnalysisModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "analyses"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "indicator_key") public var indicatorKey: String
    @OptionalField(key: "actions") public var actions: String?
    @OptionalField(key: "obstacles") public var obstacles: String?
    @OptionalField(key: "solutions") public var solutions: String?

    public init() {}
}
