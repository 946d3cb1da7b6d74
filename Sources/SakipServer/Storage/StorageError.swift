import Foundation

/// A storage operation that could not be done, with the reason in Indonesian for the person who asked.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// What kind of problem it is, for callers that choose an HTTP status or a retry.
    public enum Kind: String, Sendable {
        /// The office, office-year, indicator or agreement asked for does not exist.
        case notFound
        /// The request contradicts what is stored (a value of the wrong kind, an unknown id).
        case invalid
        /// The database refused the change; nothing was changed.
        case failed
        /// A stored value cannot be read back (the database was edited by hand or is damaged).
        case corrupt
    }

    public let kind: Kind
    /// The whole message, in Indonesian.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }

    static func notFound(_ message: String) -> StorageError { StorageError(.notFound, message) }
    static func invalid(_ message: String) -> StorageError { StorageError(.invalid, message) }
    static func corrupt(_ message: String) -> StorageError { StorageError(.corrupt, message) }
}
