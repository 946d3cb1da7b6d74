/// An LKE file or an evaluation document that cannot be read, with every problem found at its JSON path.
public struct EvaluationReadError: Error, Sendable, CustomStringConvertible {
    /// "berkas LKE", "dokumen evaluasi".
    public let document: String
    public let issues: [LocatedIssue]

    public init(document: String, issues: [LocatedIssue]) {
        self.document = document
        self.issues = issues
    }

    public var description: String {
        "\(document.prefix(1).uppercased() + document.dropFirst()) tidak dapat dibaca (\(issues.count) masalah):\n"
            + issues.map { "- \($0)" }.joined(separator: "\n")
    }
}

/// Parses a bounded JSON text for a reader, turning size and syntax problems into located issues.
enum BoundedJSON {
    static func parse(_ text: String, limit: Int, document: String) throws(EvaluationReadError) -> JSONValue {
        guard text.utf8.count <= limit else {
            throw EvaluationReadError(document: document, issues: [LocatedIssue(path: "$", value: nil,
                reason: "berkas terlalu besar (\(IndonesianFormat.count(text.utf8.count)) bita; paling besar \(IndonesianFormat.count(limit)) bita)")])
        }
        do { return try JSONParser.parse(text) } catch {
            throw EvaluationReadError(document: document, issues: [LocatedIssue(path: "$", value: nil, reason: "JSON tidak sah pada \(error.description)")])
        }
    }
}
