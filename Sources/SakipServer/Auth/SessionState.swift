import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The signed-in session of one request (nil when anonymous) and what must be written back after the
/// response: a new cookie, a flash message, activity.
final class SessionState: @unchecked Sendable {
    struct Current: Sendable {
        var id: UUID
        var user: SessionUser
        var csrf: String
        var createdAt: Date
        var lastSeenAt: Date
    }

    private let lock = NIOLock()
    private var _current: Current?
    private var _flash: String?
    private var _flashChanged = false
    /// Token of a session started by this request, to be set as the cookie.
    private var _startedToken: String?
    private var _ended = false
    /// The form token of an anonymous request (sign-in page), kept in its own cookie, not in the database.
    private var _anonymousCSRF: String?
    private var _anonymousCSRFIsNew = false

    init(current: Current?, flash: String?, anonymousCSRF: String?) {
        _current = current
        _flash = flash
        _anonymousCSRF = anonymousCSRF
    }

    var current: Current? { lock.withLock { _current } }

    /// The flash message, once: reading it clears it.
    func takeFlash() -> String? {
        lock.withLock {
            defer { if _flash != nil { _flash = nil; _flashChanged = true } }
            return _flash
        }
    }

    func setFlash(_ text: String) { lock.withLock { _flash = text; _flashChanged = true } }

    var flashToWrite: (changed: Bool, value: String?) { lock.withLock { (_flashChanged, _flash) } }

    func started(_ current: Current, token: String) {
        lock.withLock {
            _current = current
            _startedToken = token
            _ended = false
        }
    }

    func ended() { lock.withLock { _current = nil; _ended = true; _startedToken = nil } }

    var startedToken: String? { lock.withLock { _startedToken } }
    var isEnded: Bool { lock.withLock { _ended } }

    /// The anonymous form token, made on first use.
    func anonymousCSRF() -> String {
        lock.withLock {
            if let token = _anonymousCSRF { return token }
            let token = SessionTokens.random()
            _anonymousCSRF = token
            _anonymousCSRFIsNew = true
            return token
        }
    }

    var existingAnonymousCSRF: String? { lock.withLock { _anonymousCSRF } }
    var newAnonymousCSRF: String? { lock.withLock { _anonymousCSRFIsNew ? _anonymousCSRF : nil } }
}

enum SessionTokens {
    /// 32 random bytes, URL-safe base64.
    static func random() -> String {
        [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256Hex.digest(Data(token.utf8))
    }
}

struct SessionStateKey: StorageKey { typealias Value = SessionState }
struct SessionPolicyKey: StorageKey { typealias Value = SessionPolicy }

extension Request {
    /// This request's session state (anonymous when the middleware did not run, as in unit tests of views).
    var sessionState: SessionState {
        if let state = storage[SessionStateKey.self] { return state }
        let state = SessionState(current: nil, flash: nil, anonymousCSRF: nil)
        storage[SessionStateKey.self] = state
        return state
    }

    var sessionPolicy: SessionPolicy { application.storage[SessionPolicyKey.self] ?? SessionPolicy() }
}
