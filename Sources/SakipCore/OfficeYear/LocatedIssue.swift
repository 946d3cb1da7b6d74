/// A problem in an office-year file, located by its JSON path, with the value and the reason in Indonesian.
public struct LocatedIssue: Hashable, Sendable, CustomStringConvertible {
    /// "$.measurement.rows[3].target".
    public let path: String
    /// The offending value as written, when there is one.
    public let value: String?
    public let reason: String

    public init(path: String, value: String?, reason: String) {
        self.path = path
        self.value = value
        self.reason = reason
    }

    /// "$.indicators[2].kind: \"persen\" — nilai tidak dikenal …".
    public var description: String {
        value.map { "\(path): \"\($0)\" — \(reason)" } ?? "\(path): \(reason)"
    }
}

/// An office-year file that cannot be read, with every problem found.
public struct OfficeYearReadError: Error, Sendable, CustomStringConvertible {
    public let issues: [LocatedIssue]

    public var description: String {
        "Berkas tidak dapat dibaca (\(issues.count) masalah):\n" + issues.map { "- \($0)" }.joined(separator: "\n")
    }
}

/// Collects the problems found while reading, so that all of them are reported at once: the first
/// ``listed`` of each kind, then one line counting the others (a file of a million wrong items reports a
/// thousand, not a million).
final class IssueLog {
    static let listed = 1_000

    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var firstErrors: [LocatedIssue] = []
    private var firstWarnings: [LocatedIssue] = []

    var errors: [LocatedIssue] { firstErrors + Self.rest(errorCount, "masalah") }
    var warnings: [LocatedIssue] { firstWarnings + Self.rest(warningCount, "peringatan") }

    func error(_ path: String, _ value: String?, _ reason: String) {
        errorCount += 1
        if firstErrors.count < Self.listed { firstErrors.append(LocatedIssue(path: path, value: value, reason: reason)) }
    }

    func warning(_ path: String, _ value: String?, _ reason: String) {
        warningCount += 1
        if firstWarnings.count < Self.listed { firstWarnings.append(LocatedIssue(path: path, value: value, reason: reason)) }
    }

    private static func rest(_ count: Int, _ what: String) -> [LocatedIssue] {
        count > listed ? [LocatedIssue(path: "$", value: nil, reason: "dan \(IndonesianFormat.count(count - listed)) \(what) lain di berkas ini")] : []
    }
}
