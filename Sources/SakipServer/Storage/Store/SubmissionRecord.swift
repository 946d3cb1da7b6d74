import Foundation
import SakipCore

/// One document's submission as a page shows it: the stored row (nil before anything happened), the state the
/// workflow acts on, its deadline and lateness, its frozen versions, transitions and notes.
public struct SubmissionRecord: Sendable {
    public var document: SubmissionDocument
    public var model: SubmissionModel?
    /// The stored state, with an accepted document whose data changed since counted as a new draft.
    public var state: SubmissionState
    public var deadline: CalendarDate
    /// Whether KPU RI set ``deadline`` (otherwise it is the default).
    public var deadlineSet: Bool
    /// Days after the deadline of the first submission; while not submitted, the days the deadline has passed.
    public var daysLate: Int?
    /// Oldest first.
    public var versions: [SubmissionVersionModel]
    /// Oldest first.
    public var events: [SubmissionEventModel]
    /// Oldest first.
    public var notes: [SubmissionNoteModel]
    /// Whether the office-year changed after the newest frozen version.
    public var changedSinceFrozen: Bool

    /// The newest frozen version.
    public var latestVersion: SubmissionVersionModel? { versions.last }

    /// The version the parent office accepted last.
    public var acceptedVersion: SubmissionVersionModel? {
        model?.acceptedVersion.flatMap { number in versions.first { $0.number == number } }
    }

    /// Notes of the last return that the office has not answered yet.
    public var openNotes: [SubmissionNoteModel] { notes.filter { $0.answer == nil } }
}

/// A submission transition refused by the workflow or by what the document lacks, in Indonesian.
public struct SubmissionRefused: Error, Sendable, CustomStringConvertible {
    public let description: String
}
