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
        /// Results computed from this version (the review, the measurement), by name.
        var derived: [String: any Sendable] = [:]
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

    /// A result computed from the office-year at this version, computed once and kept with it: the
    /// review and the measurement are pure functions of the file, so a version's result never goes stale.
    func derived<T: Sendable>(_ id: UUID, version: Int, _ name: String, compute: () -> T) -> T {
        let kept = state.withLockedValue { state -> T? in
            guard let entry = state.entries[id], entry.version == version else { return nil }
            return entry.derived[name] as? T
        }
        if let kept { return kept }
        let value = compute()
        state.withLockedValue { state in
            guard var entry = state.entries[id], entry.version == version else { return }
            entry.derived[name] = value
            state.entries[id] = entry
        }
        return value
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
