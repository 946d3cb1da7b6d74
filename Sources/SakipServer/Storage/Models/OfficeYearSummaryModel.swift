import FluentKit
import Foundation

/// The stored ``SakipCore/OfficeYearSummary`` of an office-year, rewritten with every change of it; stale when
/// ``engineVersion`` is below the current one (then `sakip summaries` recomputes it).
public final class OfficeYearSummaryModel: Model, @unchecked Sendable {
    public static let schema = "office_year_summaries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "office_id") public var officeID: UUID
    @Field(key: "year") public var year: Int
    /// The office-year's version the summary was computed from.
    @Field(key: "office_year_version") public var officeYearVersion: Int
    @Field(key: "engine_version") public var engineVersion: Int
    /// The summary as JSON (`OfficeYearSummary+JSON`).
    @Field(key: "json") public var json: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
