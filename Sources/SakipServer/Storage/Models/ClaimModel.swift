import FluentKit
import Foundation

/// A figure a document states in its narrative or a secondary table (`Claim`), kept to be checked.
public final class ClaimModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "claims"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    /// Where the document states it (`Claim.location`, "where" in the file).
    @Field(key: "location") public var location: String
    @OptionalField(key: "text") public var text: String?
    @OptionalField(key: "indicator_key") public var indicatorKey: String?
    /// Full dotted code, "076.01.CQ.6867.QGE.002".
    @OptionalField(key: "budget_code") public var budgetCode: String?
    @OptionalField(key: "label") public var label: String?
    @OptionalField(key: "target") public var target: String?
    @OptionalField(key: "realisation") public var realisation: String?
    @OptionalField(key: "capaian") public var capaian: String?
    @OptionalField(key: "category") public var category: String?
    /// Rupiah, POSIX decimals.
    @OptionalField(key: "pagu") public var pagu: String?
    @OptionalField(key: "realisasi") public var realisasi: String?
    @OptionalField(key: "sisa") public var sisa: String?
    @OptionalField(key: "persen") public var persen: String?
    @OptionalField(key: "count") public var count: Int?
    /// `Claim.CountOf` raw value.
    @OptionalField(key: "count_of") public var countOf: String?

    public init() {}
}
