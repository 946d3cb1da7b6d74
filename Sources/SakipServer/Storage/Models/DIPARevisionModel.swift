import FluentKit
import Foundation

/// A revision of the DIPA (`DIPARevision`); number 0 is the original DIPA.
public final class DIPARevisionModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "dipa_revisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "number") public var number: Int
    @OptionalField(key: "label") public var label: String?
    @OptionalField(key: "reference") public var reference: String?
    /// ISO date.
    @Field(key: "date") public var date: String
    /// Rupiah, POSIX decimal.
    @OptionalField(key: "total") public var total: String?
    @OptionalField(key: "note") public var note: String?

    public init() {}
}
