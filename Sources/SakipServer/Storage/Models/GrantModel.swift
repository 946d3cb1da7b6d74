import FluentKit
import Foundation

/// A regional grant (hibah, NPHD) with its tranches (`RegionalGrant`).
public final class GrantModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "grants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @OptionalField(key: "agreement") public var agreement: String?
    /// Rupiah, POSIX decimals.
    @Field(key: "total") public var total: String
    @OptionalField(key: "realisasi") public var realisasi: String?
    @Field(key: "tranches") public var tranches: [StoredTranche]

    public init() {}
}
