import FluentKit
import Foundation

/// A program budget row of the RKT (no agreement) or of one PK revision (`ProgramBudget`).
public final class ProgramBudgetModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "program_budgets"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    /// The PK revision; nil for the RKT.
    @OptionalParent(key: "agreement_id") public var agreement: AgreementModel?
    @Field(key: "position") public var position: Int
    @OptionalField(key: "code") public var code: String?
    @Field(key: "name") public var name: String
    /// Rupiah, POSIX decimal.
    @Field(key: "amount") public var amount: String

    public init() {}
}
