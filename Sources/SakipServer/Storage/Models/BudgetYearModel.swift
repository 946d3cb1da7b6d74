import FluentKit
import Foundation

/// An earlier year's pagu and realisasi (`BudgetYear`).
public final class BudgetYearModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "budget_years"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "year") public var year: Int
    /// Rupiah, POSIX decimals.
    @Field(key: "pagu") public var pagu: String
    @Field(key: "realisasi") public var realisasi: String
    @OptionalField(key: "printed_persen") public var printedPersen: String?

    public init() {}
}
