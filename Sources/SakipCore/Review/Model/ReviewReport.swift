/// The result of reviewing one office-year: every finding, errors first.
public struct ReviewReport: Hashable, Sendable {
    public var findings: [ReviewFinding]

    public init(findings: [ReviewFinding]) { self.findings = findings }

    /// Whether any finding is an error: the report must not be published as it is.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The findings of one severity.
    public func findings(_ severity: ReviewSeverity) -> [ReviewFinding] { findings.filter { $0.severity == severity } }

    /// How many findings of a severity.
    public func count(_ severity: ReviewSeverity) -> Int { findings(severity).count }

    /// The findings of one check.
    public func findings(code: String) -> [ReviewFinding] { findings.filter { $0.code == code } }
}
