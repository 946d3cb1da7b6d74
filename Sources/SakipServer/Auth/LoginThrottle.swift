import Foundation

/// Slows password guessing: after `limit` failed sign-ins for one account from one address within
/// `window`, further attempts are refused until the window has passed.
actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    private func key(_ username: String, _ address: String) -> String { "\(username.lowercased())|\(address)" }

    /// Seconds to wait before another attempt is allowed; nil when one is allowed now.
    func waitTime(username: String, address: String, now: Date = Date()) -> TimeInterval? {
        let recent = (failures[key(username, address)] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key(username, address)] = recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return window - now.timeIntervalSince(oldest)
    }

    func recordFailure(username: String, address: String, now: Date = Date()) {
        failures[key(username, address), default: []].append(now)
    }

    func recordSuccess(username: String, address: String) {
        failures[key(username, address)] = nil
    }
}
