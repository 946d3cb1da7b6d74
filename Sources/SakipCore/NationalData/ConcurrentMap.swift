import Foundation

/// Runs `body` for every index on all cores and returns the results in index order (office-years generated in parallel,
/// by the national data set and by the server's loader).
public func concurrentMap<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T?] {
    let slots = ConcurrentSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
    return slots.values
}

/// Results written by concurrent iterations, each to its own slot.
private final class ConcurrentSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
