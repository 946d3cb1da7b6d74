import FluentKit
import Foundation

/// One office for one year: who changed it last and its version. The data itself is the office-year
/// document (``OfficeYearDocumentModel``), kept apart so that lists of years stay light.
public final class OfficeYearModel: Model, @unchecked Sendable {
    public static let schema = "office_years"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_id") public var office: OfficeModel
    @Field(key: "year") public var year: Int
    /// Raised by one on every change; a form carries the version it was shown with.
    @Field(key: "version") public var version: Int
    /// SHA-256 (hex) of the stored document.
    @Field(key: "digest") public var digest: String
    @Field(key: "updated_at") public var updatedAt: Date
    @OptionalField(key: "updated_by_id") public var updatedByID: UUID?
    @Field(key: "updated_by_name") public var updatedByName: String

    public init() {}
}
