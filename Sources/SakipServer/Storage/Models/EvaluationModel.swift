import FluentKit
import Foundation

/// One office's SAKIP evaluation for one performance year: its evaluation document (format
/// `sakip-evaluation`, as `EvaluationWriter` writes it) with a version, and the summary the recaps read
/// (state, scores, predikat) so that a recap of 500 offices reads no document.
public final class EvaluationModel: Model, @unchecked Sendable {
    public static let schema = "evaluations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_id") public var office: OfficeModel
    /// The performance year evaluated (tahun kinerja).
    @Field(key: "year") public var year: Int
    /// Raised by one on every change; a form carries the version it was shown with.
    @Field(key: "version") public var version: Int
    /// `EvaluationState` raw value.
    @Field(key: "state") public var state: String
    /// The LKE version the evaluation was made with: its id and content digest, kept forever.
    @Field(key: "lke_id") public var lkeID: String
    @Field(key: "lke_digest") public var lkeDigest: String
    /// The office's total once submitted, the evaluator's total and predikat once the scoring is closed; exact
    /// decimals written with a point ("78.85").
    @OptionalField(key: "self_score") public var selfScore: String?
    @OptionalField(key: "score") public var score: String?
    @OptionalField(key: "predikat") public var predikat: String?
    @Field(key: "json") public var json: String
    @Field(key: "updated_at") public var updatedAt: Date
    @Field(key: "updated_by_name") public var updatedByName: String

    public init() {}
}
