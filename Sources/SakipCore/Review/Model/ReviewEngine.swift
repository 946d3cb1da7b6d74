/// Reviews an office-year the way an internal auditor reviews an LKj (PermenPANRB 53/2014): it runs a
/// catalogue of checks and returns their findings, errors first, then in catalogue order.
public struct ReviewEngine: Sendable {
    public var checks: [any ReviewCheck]

    /// An engine with the standard catalogue, or with chosen checks.
    public init(checks: [any ReviewCheck] = ReviewCatalogue.standard) {
        self.checks = checks
    }

    /// The findings on an office-year.
    public func review(_ officeYear: OfficeYear) -> ReviewReport {
        let context = ReviewContext(officeYear)
        let found = checks.flatMap { $0.findings(in: context) }
        // A stable sort: within a severity the catalogue order and each check's own order are kept.
        let ordered = found.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
        return ReviewReport(findings: ordered.map(\.element))
    }
}

extension OfficeYear {
    /// Reviews this office-year with the standard catalogue.
    public func review() -> ReviewReport { ReviewEngine().review(self) }
}
