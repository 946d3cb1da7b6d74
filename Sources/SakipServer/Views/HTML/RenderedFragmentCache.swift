/// Rendered page parts kept in this process, one per slot (what the part is: a dashboard of an office-year for a kind
/// of reader, a consolidation filter), with the version that names everything it shows, including the stored versions
/// it was built from, read from the database on every request: so an instance never serves a part another instance
/// has changed, and a part of an older version is replaced, not kept beside the new one. The most recently used
/// ``capacity`` slots are kept.
final class RenderedFragmentCache: Sendable {
    static let capacity = 128
    static let shared = RenderedFragmentCache()

    private let slots = VersionedSlots<RenderedTemplate>(capacity: capacity)

    /// The part kept in `slot` at `version`, else built by `render`, kept there and returned.
    func template(_ slot: String, version: String, render: () -> RenderedTemplate) -> RenderedTemplate {
        if let kept = slots.value(slot, version: version) { return kept }
        let made = render()
        slots.keep(made, slot, version: version)
        return made
    }
}
