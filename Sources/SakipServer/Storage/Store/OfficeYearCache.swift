import Foundation
import NIOConcurrencyHelpers
import SakipCore

/// Office-years read from their documents, kept per process and keyed by their stored version: a
/// version is never reused, so an entry is either current or simply not asked for again, and several
/// application instances on one database never serve each other stale data.
final class OfficeYearCache: Sendable {
    /// How many office-years one process keeps (the most recently used).
    static let capacity = 48

    static let shared = OfficeYearCache()

    private struct Entry {
        var version: Int
        var file: OfficeYear
        var used: UInt64
    }

    private struct State {
        var entries: [UUID: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The office-year at exactly this version, if kept.
    func file(_ id: UUID, version: Int) -> OfficeYear? {
        state.withLockedValue { state in
            guard var entry = state.entries[id], entry.version == version else { return nil }
            state.clock += 1
            entry.used = state.clock
            state.entries[id] = entry
            return entry.file
        }
    }

    /// Keeps an office-year at a version, dropping the least recently used when full.
    func keep(_ file: OfficeYear, id: UUID, version: Int) {
        state.withLockedValue { state in
            if let existing = state.entries[id], existing.version > version { return }
            state.clock += 1
            state.entries[id] = Entry(version: version, file: file, used: state.clock)
            if state.entries.count > Self.capacity, let oldest = state.entries.min(by: { $0.value.used < $1.value.used })?.key {
                state.entries[oldest] = nil
            }
        }
    }
}
