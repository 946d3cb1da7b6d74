import FluentKit
import Foundation

/// A frozen, immutable version of a submitted document: the office-year as it was submitted, its SHA-256 digest and
/// the document generated from it. Never updated or deleted while its submission exists.
public final class SubmissionVersionModel: Model, @unchecked Sendable {
    public static let schema = "submission_versions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "submission_id") public var submission: SubmissionModel
    /// 1, 2, … per submission.
    @Field(key: "number") public var number: Int
    /// The office-year's version that was frozen.
    @Field(key: "office_year_version") public var officeYearVersion: Int
    /// SHA-256 (hex) of ``json``: shown on screen and printed in the document's footer.
    @Field(key: "digest") public var digest: String
    /// The office-year document as it was submitted.
    @Field(key: "json") public var json: String
    /// The PK or LKj generated from it when it was submitted (DOCX).
    @OptionalField(key: "document_docx") public var documentDOCX: Data?
    /// The summary of the frozen office-year (`OfficeYearSummary` as JSON): what consolidation reads of an
    /// accepted version.
    @OptionalField(key: "summary_json") public var summaryJSON: String?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "created_by_name") public var createdByName: String

    public init() {}
}
