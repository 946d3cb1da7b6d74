import Foundation

/// How long a sign-in lasts: it ends after `idle` without a request, and in any case `absolute` after
/// signing in. `touchEvery` spaces out the writes that record activity.
struct SessionPolicy: Sendable {
    var idle: TimeInterval = 4 * 3600
    var absolute: TimeInterval = 12 * 3600
    var touchEvery: TimeInterval = 5 * 60
    var secureCookies = true

    static let cookieName = "sakip_session"
    static let anonymousCSRFCookie = "sakip_csrf"

    /// Whether a session seen at `lastSeen`, started at `created`, is still valid at `now`.
    func isValid(created: Date, lastSeen: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeen) < idle && now.timeIntervalSince(created) < absolute
    }
}
