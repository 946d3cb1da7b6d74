import FluentKit
import Foundation

/// Where one document (PK or LKj) of an office-year stands with the parent office: its state, the frozen version it
/// is about, the version the parent office accepted, and how late it was first submitted.
public final class SubmissionModel: Model, @unchecked Sendable {
    public static let schema = "submissions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    /// The office, kept beside the office-year so that a province's submissions are read in one query.
    @Field(key: "office_id") public var officeID: UUID
    @Field(key: "year") public var year: Int
    /// `SubmissionDocument` raw value: pk, lkj.
    @Field(key: "document") public var document: String
    /// `SubmissionState` raw value.
    @Field(key: "state") public var state: String
    /// The number of the newest frozen version (nil before the first submission).
    @OptionalField(key: "current_version") public var currentVersion: Int?
    /// The number of the version the parent office accepted last: what consolidation reads.
    @OptionalField(key: "accepted_version") public var acceptedVersion: Int?
    /// The day of the first submission ("2025-01-20").
    @OptionalField(key: "first_submitted_on") public var firstSubmittedOn: String?
    /// Whole days the first submission came after the deadline (0 on time).
    @OptionalField(key: "days_late") public var daysLate: Int?
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
