import NIOConcurrencyHelpers

/// Values kept in this process, one per slot (what was asked), each with the version it was built at: a lookup at
/// another version misses, and keeping a new version replaces the old one instead of keeping both. The most recently
/// used `capacity` slots are kept. Shared by the rendered-page and built-value caches.
final class VersionedSlots<Value: Sendable>: Sendable {
    private struct State {
        var entries: [String: (version: String, value: Value, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(capacity: Int) { self.capacity = capacity }

    /// The value kept in `slot` at exactly `version`.
    func value(_ slot: String, version: String) -> Value? {
        state.withLockedValue { state in
            guard let entry = state.entries[slot], entry.version == version else { return nil }
            state.clock += 1
            state.entries[slot]?.used = state.clock
            return entry.value
        }
    }

    /// Keeps `value` in `slot` at `version`, replacing what the slot held; the least recently used slot goes past capacity.
    func keep(_ value: Value, _ slot: String, version: String) {
        state.withLockedValue { state in
            state.clock += 1
            state.entries[slot] = (version, value, state.clock)
            if state.entries.count > capacity, let oldest = state.entries.min(by: { $0.value.used < $1.value.used })?.key {
                state.entries[oldest] = nil
            }
        }
    }
}
