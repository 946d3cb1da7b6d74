import FluentKit
import Foundation

/// A commissioner or staff member of an office-year (`Person`).
public final class PersonModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    /// The person's id in the file ("P1").
    @Field(key: "key") public var key: String
    @Field(key: "name") public var name: String
    /// `Person.Role` raw value.
    @Field(key: "role") public var role: String
    @OptionalField(key: "nip") public var nip: String?
    /// `Person.Employment` raw value.
    @OptionalField(key: "employment") public var employment: String?
    @OptionalField(key: "rank") public var rank: String?
    @OptionalField(key: "grade") public var grade: String?
    /// Jabatan as written (`Person.position`).
    @OptionalField(key: "position_title") public var positionTitle: String?
    /// `Person.Education` raw value.
    @OptionalField(key: "education") public var education: String?
    @OptionalField(key: "division") public var division: String?
    @Field(key: "regions") public var regions: [String]

    public init() {}
}
