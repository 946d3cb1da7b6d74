import NIOConcurrencyHelpers

/// Rendered page parts kept in this process, each under a key that names everything it shows, including
/// the stored versions it was built from (office-year version, comments), read from the database on every
/// request: so an instance never serves a part another instance has changed. The most recently used
/// ``capacity`` parts are kept.
final class RenderedFragmentCache: Sendable {
    static let capacity = 128
    static let shared = RenderedFragmentCache()

    private struct State {
        var entries: [String: (template: RenderedTemplate, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The part kept under `key`, else built by `render`, kept and returned.
    func template(_ key: String, render: () -> RenderedTemplate) -> RenderedTemplate {
        if let kept = state.withLockedValue({ state -> RenderedTemplate? in
            guard let entry = state.entries[key] else { return nil }
            state.clock += 1
            state.entries[key] = (entry.template, state.clock)
            return entry.template
        }) { return kept }
        let made = render()
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
