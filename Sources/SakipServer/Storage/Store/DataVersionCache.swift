import NIOConcurrencyHelpers

/// Values built from stored data (a consolidation, a mapping review) kept in this process, each under a key naming
/// what was asked (office, filter, day) and the stored ``DataVersion`` it was built from, read from the database on
/// every request: so no instance serves one after anything it reads has changed anywhere. A national consolidation
/// takes hundreds of milliseconds to read and build; the most recently used ``capacity`` are kept.
final class DataVersionCache<Value: Sendable>: Sendable {
    static var capacity: Int { 16 }

    private struct State {
        var entries: [String: (value: Value, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    init() {}

    /// The value kept under `key`, else built by `build`, kept and returned. A nil key keeps nothing.
    func value(_ key: String?, build: () async throws -> Value) async throws -> Value {
        guard let key else { return try await build() }
        if let kept = state.withLockedValue({ state -> Value? in
            guard let entry = state.entries[key] else { return nil }
            state.clock += 1
            state.entries[key] = (entry.value, state.clock)
            return entry.value
        }) { return kept }
        let made = try await build()
        state.withLockedValue { state in
            state.clock += 1
            state.entries[key] = (made, state.clock)
            if state.entries.count > Self.capacity, let oldest = state.entries.min(by: { $0.value.used < $1.value.used })?.key {
                state.entries[oldest] = nil
            }
        }
        return made
    }
}
