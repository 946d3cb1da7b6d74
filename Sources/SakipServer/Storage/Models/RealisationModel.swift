import FluentKit
import Foundation

/// One indicator's realisation for one quarter (`QuarterlyRealisation`), with who typed it and when.
/// Unique per (office-year, indicator, quarter).
public final class RealisationModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "realisations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "indicator_key") public var indicatorKey: String
    /// 1 … 4.
    @Field(key: "quarter") public var quarter: Int
    /// The value as written ("74,63 %").
    @Field(key: "value") public var value: String
    @OptionalField(key: "explanation") public var explanation: String?
    /// Links to the evidence (bukti dukung).
    @Field(key: "evidence") public var evidence: [String]
    /// The user who entered it; nil when it came from an imported file.
    @OptionalField(key: "entered_by_user_id") public var enteredByUserID: UUID?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
