import NIOConcurrencyHelpers

/// Values built from stored data (a consolidation, a mapping review) kept in this process, one per slot naming what
/// was asked (office, filter, day), with the stored ``DataVersion`` it was built from, read from the database on every
/// request: so no instance serves one after anything it reads has changed anywhere, and a value of an older version
/// is replaced rather than kept beside the new one (a national consolidation holds megabytes). The most recently used
/// ``capacity`` slots are kept.
final class DataVersionCache<Value: Sendable>: Sendable {
    static var capacity: Int { 16 }

    private struct State {
        var entries: [String: (version: String, value: Value, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    init() {}

    /// The value kept in `slot` at `version`, else built by `build`, kept and returned. A nil version keeps nothing.
    func value(_ slot: String, version: String?, build: () async throws -> Value) async throws -> Value {
        guard let version else { return try await build() }
        if let kept = state.withLockedValue({ state -> Value? in
            guard let entry = state.entries[slot], entry.version == version else { return nil }
            state.clock += 1
            state.entries[slot]?.used = state.clock
            return entry.value
        }) { return kept }
        let made = try await build()
        state.withLockedValue { state in
            state.clock += 1
            state.entries[slot] = (version, made, state.clock)
            if state.entries.count > Self.capacity, let oldest = state.entries.min(by: { $0.value.used < $1.value.used })?.key {
                state.entries[oldest] = nil
            }
        }
        return made
    }
}
