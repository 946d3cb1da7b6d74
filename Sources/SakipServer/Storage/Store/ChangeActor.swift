import Foundation

/// Who makes a change and through what, as the audit trail records it.
public struct ChangeActor: Sendable, Equatable {
    /// The signed-in user; nil for a command run by the server's administrator.
    public var userID: UUID?
    /// The user's name, or the command ("sakip demo").
    public var name: String
    /// The route ("POST /kantor/655921/2024/realisasi") or command ("sakip demo").
    public var via: String

    public init(userID: UUID?, name: String, via: String) {
        self.userID = userID
        self.name = name
        self.via = via
    }

    /// A command of the `sakip` tool.
    public static func command(_ name: String) -> ChangeActor {
        ChangeActor(userID: nil, name: name, via: name)
    }
}
