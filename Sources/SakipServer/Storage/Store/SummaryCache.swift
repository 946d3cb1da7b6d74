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

/// The indicator mapping built from the stored catalogue decisions, kept per process with the decisions it was built
/// from: a page reads the decisions (one query) and reuses the mapping when they are the same, since building it
/// normalises every wording (17.000 at national size).
final class MappingCache: Sendable {
    static let shared = MappingCache()

    private let kept = NIOLockedValueBox([String: (decisions: [IndicatorMapping.Decision], mapping: IndicatorMapping)]())

    /// The mapping of exactly these decisions, built once per `scope` (a province's offices, or all of them).
    func mapping(for decisions: [IndicatorMapping.Decision], scope: String) -> IndicatorMapping {
        if let hit = kept.withLockedValue({ kept in kept[scope].flatMap { $0.decisions == decisions ? $0.mapping : nil } }) { return hit }
        let mapping = IndicatorMapping(decisions: decisions)
        kept.withLockedValue { kept in
            if kept.count >= 64 { kept.removeAll() }
            kept[scope] = (decisions, mapping)
        }
        return mapping
    }
}
