/// Values built from stored data (a consolidation, a mapping review) kept in this process, one per slot naming what
/// was asked (office, filter, day), with the stored ``DataVersion`` it was built from, read from the database on every
/// request: so no instance serves one after anything it reads has changed anywhere, and a value of an older version
/// is replaced rather than kept beside the new one (a national consolidation holds megabytes). The most recently used
/// ``capacity`` slots are kept.
final class DataVersionCache<Value: Sendable>: Sendable {
    static var capacity: Int { 16 }

    private let slots = VersionedSlots<Value>(capacity: capacity)

    init() {}

    /// The value kept in `slot` at `version`, else built by `build`, kept and returned. A nil version keeps nothing.
    func value(_ slot: String, version: String?, build: () async throws -> Value) async throws -> Value {
        guard let version else { return try await build() }
        if let kept = slots.value(slot, version: version) { return kept }
        let made = try await build()
        slots.keep(made, slot, version: version)
        return made
    }
}
