import FluentKit
import Foundation

/// A budget line's realisation per month (`MonthlyRealisation`): twelve amounts, January first.
public final class BudgetMonthModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "budget_months"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    /// Full dotted code of the line.
    @Field(key: "code") public var code: String
    /// Rupiah as POSIX decimals, "" for a month not reported; always twelve entries.
    @Field(key: "months") public var months: [String]

    public init() {}
}
