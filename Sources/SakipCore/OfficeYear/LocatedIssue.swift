/// A problem in an office-year file: where it is, as an office user knows the place ("Sasaran S3, kolom
/// Tujuan") and as tools know it (the JSON path), the value and the reason in Indonesian.
public struct LocatedIssue: Hashable, Sendable, CustomStringConvertible {
    /// "$.measurement.rows[3].target": the place in the file, for tools and for small print.
    public let path: String
    /// "Tabel pengukuran indikator I7, kolom Target": the place in words, the main text of a message.
    public let location: String
    /// The offending value as written, when there is one.
    public let value: String?
    /// What is wrong, in Indonesian, without JSON paths or the file's internal names.
    public let reason: String
    /// Technical small print, when there is some ("nilai dalam berkas: percentage, count, index, grade").
    public let detail: String?
    /// A value that does not fit its indicator (a grade indicator given "80 %"): a file keeps it with a
    /// warning, a table or form refuses it where it is typed.
    public let refusedWhereTyped: Bool

    /// An issue located in words from its path alone; ``OfficeYearReader`` also names items by their ids.
    public init(path: String, value: String?, reason: String, detail: String? = nil) {
        self.init(path: path, location: IssueLocation.describe(path, in: nil), value: value, reason: reason, detail: detail)
    }

    public init(path: String, location: String, value: String?, reason: String, detail: String? = nil,
                refusedWhereTyped: Bool = false) {
        self.path = path
        self.location = location
        self.value = value
        self.reason = reason
        self.detail = detail
        self.refusedWhereTyped = refusedWhereTyped
    }

    /// "Indikator I7, kolom Jenis: \"persen\" — nilai tidak dikenal …": what an office user reads.
    public var description: String {
        value.map { "\(location): \"\($0)\" — \(reason)" } ?? "\(location): \(reason)"
    }

    /// ``description`` followed by the small print: the technical detail and the place in the file.
    public var detailedDescription: String {
        let small = [detail, "lokasi di berkas: \(path)"].compactMap { $0 }.joined(separator: "; ")
        return "\(description) (\(small))"
    }
}

/// An office-year file that cannot be read, with every problem found.
public struct OfficeYearReadError: Error, Sendable, CustomStringConvertible {
    public let issues: [LocatedIssue]
    /// The warnings about what could be read, so that a table can refuse a value of the wrong kind together
    /// with the errors.
    public let warnings: [LocatedIssue]

    public init(issues: [LocatedIssue], warnings: [LocatedIssue] = []) {
        self.issues = issues
        self.warnings = warnings
    }

    public var description: String {
        "Berkas tidak dapat dibaca (\(issues.count) masalah):\n" + issues.map { "- \($0)" }.joined(separator: "\n")
    }

    /// ``description`` with each issue's small print (technical detail and place in the file), for tools.
    public var detailedDescription: String {
        "Berkas tidak dapat dibaca (\(issues.count) masalah):\n" + issues.map { "- \($0.detailedDescription)" }.joined(separator: "\n")
    }
}

/// Collects the problems found while reading, so that all of them are reported at once: the first
/// ``listed`` of each kind, then one line counting the others (a file of a million wrong items reports a
/// thousand, not a million). The file's JSON lets each place be named by the ids of its items.
final class IssueLog {
    static let listed = 1_000

    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var firstErrors: [LocatedIssue] = []
    private var firstWarnings: [LocatedIssue] = []
    let root: JSONValue?
    /// For each list read with `readEach`, the file positions of the items kept.
    var kept: [String: [Int]] = [:]

    var errors: [LocatedIssue] { firstErrors + Self.rest(errorCount, "masalah") }
    var warnings: [LocatedIssue] { firstWarnings + Self.rest(warningCount, "peringatan") }

    /// The path of the `index`-th item read from `list`: its position in the file.
    func item(_ list: String, _ index: Int) -> String {
        let position = kept[list].flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? index
        return "\(list)[\(position)]"
    }

    init(root: JSONValue? = nil) { self.root = root }

    func error(_ path: String, _ value: String?, _ reason: String, detail: String? = nil) {
        errorCount += 1
        if firstErrors.count < Self.listed { firstErrors.append(issue(path, value, reason, detail)) }
    }

    func warning(_ path: String, _ value: String?, _ reason: String, detail: String? = nil, refusedWhereTyped: Bool = false) {
        warningCount += 1
        if firstWarnings.count < Self.listed { firstWarnings.append(issue(path, value, reason, detail, refusedWhereTyped: refusedWhereTyped)) }
    }

    private func issue(_ path: String, _ value: String?, _ reason: String, _ detail: String?, refusedWhereTyped: Bool = false) -> LocatedIssue {
        LocatedIssue(path: path, location: IssueLocation.describe(path, in: root), value: value, reason: reason, detail: detail,
                     refusedWhereTyped: refusedWhereTyped)
    }

    private static func rest(_ count: Int, _ what: String) -> [LocatedIssue] {
        count > listed ? [LocatedIssue(path: "$", location: "Berkas", value: nil, reason: "dan \(IndonesianFormat.count(count - listed)) \(what) lain di berkas ini")] : []
    }
}
