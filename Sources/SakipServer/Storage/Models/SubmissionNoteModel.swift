import FluentKit
import Foundation

/// A note of the parent office's evaluator on a returned document, pinned to a place (an indicator, a table row, a
/// review finding, a chapter), with the office's answer.
public final class SubmissionNoteModel: Model, @unchecked Sendable {
    public static let schema = "submission_notes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "submission_id") public var submission: SubmissionModel
    /// The return it was written with.
    @OptionalParent(key: "event_id") public var event: SubmissionEventModel?
    /// `NotePlace.Kind` raw value.
    @Field(key: "place_kind") public var placeKind: String
    /// Which one: an indicator id, a budget code, a check code, a chapter number; empty for the whole document.
    @Field(key: "place_key") public var placeKey: String
    /// The place in words, as it was when the note was written ("Indikator I3: Persentase …").
    @Field(key: "place_label") public var placeLabel: String
    @Field(key: "text") public var text: String
    @Field(key: "at") public var at: Date
    @Field(key: "author_name") public var authorName: String
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "answered_by_name") public var answeredByName: String?

    public init() {}
}
