import NIOConcurrencyHelpers

/// Rendered page parts kept in this process, one per slot (what the part is: a dashboard of an office-year for a kind
/// of reader, a consolidation filter), with the version that names everything it shows, including the stored versions
/// it was built from, read from the database on every request: so an instance never serves a part another instance
/// has changed, and a part of an older version is replaced, not kept beside the new one. The most recently used
/// ``capacity`` slots are kept.
final class RenderedFragmentCache: Sendable {
    static let capacity = 128
    static let shared = RenderedFragmentCache()

    private struct State {
        var entries: [String: (version: String, template: RenderedTemplate, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The part kept in `slot` at `version`, else built by `render`, kept there and returned.
    func template(_ slot: String, version: String, render: () -> RenderedTemplate) -> RenderedTemplate {
        if let kept = state.withLockedValue({ state -> RenderedTemplate? in
            guard let entry = state.entries[slot], entry.version == version else { return nil }
            state.clock += 1
            state.entries[slot]?.used = state.clock
            return entry.template
        }) { return kept }
        let made = render()
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
