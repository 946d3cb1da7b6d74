import FluentKit
import Foundation

/// One revision of a PK of one level (`PerformanceAgreement`), with its approval state.
/// Its rows and programs are `TargetRowModel` / `ProgramBudgetModel` rows pointing to it.
public final class AgreementModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "agreements"

    /// A draft can still be edited; a signed revision is fixed and a change makes the next revision.
    public enum Status: String, CaseIterable, Codable, Sendable { case draft, signed }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    /// `PerformanceAgreement.Level` raw value.
    @Field(key: "level") public var level: String
    @Field(key: "revision") public var revision: Int
    /// ISO date the PK bears.
    @OptionalField(key: "signed_on") public var signedOn: String?
    @OptionalField(key: "place") public var place: String?
    @OptionalField(key: "first_party") public var firstParty: StoredParty?
    @OptionalField(key: "second_party") public var secondParty: StoredParty?
    /// `Status` raw value.
    @Field(key: "status") public var status: String
    /// Who signed it in the application, and when (nil for imported revisions).
    @OptionalField(key: "signed_by_user_id") public var signedByUserID: UUID?
    @OptionalField(key: "signed_at") public var signedAt: Date?

    public init() {}

    /// The approval state; a stored text that is not a status reads as a draft.
    public var agreementStatus: Status { Status(rawValue: status) ?? .draft }
}
