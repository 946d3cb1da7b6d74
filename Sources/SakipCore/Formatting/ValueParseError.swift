/// A text that could not be read as the value it should be, with the reason in Indonesian.
public struct ValueParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// Why it was refused, in Indonesian.
    public let reason: String

    public init(_ text: String, _ reason: String) {
        self.text = text
        self.reason = reason
    }

    /// "\"1,100\": ambigu …".
    public var description: String { "\"\(text)\": \(reason)" }
}
