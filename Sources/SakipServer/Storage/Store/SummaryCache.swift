import Foundation
import NIOConcurrencyHelpers
import SakipCore

/// Decoded office-year summaries kept per process, keyed by the summary row's id and the moment it was written: a
/// rewritten row has a new moment, so an entry is either current or never asked for again. National pages read
/// thousands of summaries; decoding their JSON on every request would cost more than the rest of the page.
final class SummaryCache: Sendable {
    /// More office-years than the national data set holds (553 × 5); past it the cache starts over.
    static let capacity = 20_000

    static let shared = SummaryCache()

    private struct Entry {
        var writtenAt: Date
        var summary: OfficeYearSummary
    }

    private let entries = NIOLockedValueBox([UUID: Entry]())

    /// The summary of a row as written at `writtenAt`, if kept.
    func summary(_ id: UUID, writtenAt: Date) -> OfficeYearSummary? {
        entries.withLockedValue { entries in
            guard let entry = entries[id], entry.writtenAt == writtenAt else { return nil }
            return entry.summary
        }
    }

    func keep(_ summary: OfficeYearSummary, id: UUID, writtenAt: Date) {
        entries.withLockedValue { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[id] = Entry(writtenAt: writtenAt, summary: summary)
        }
    }
}
