/// One check of the review catalogue. Each check has one stable code, one severity and one category,
/// so that a finding's code says everything about its kind; a check may report many places.
///
/// To add a check: write a type conforming to this protocol (one file under `Review/<Area>/`) and add it
/// to ``ReviewCatalogue/standard``.
public protocol ReviewCheck: Sendable {
    /// Stable code, never reused for another meaning ("ARITH-BUDGET-PERSEN").
    var code: String { get }
    var severity: ReviewSeverity { get }
    var category: ReviewCategory { get }
    /// What the check verifies, in Indonesian, for the catalogue table and the Lembar Reviu.
    var summary: String { get }

    /// The findings on one office-year.
    func findings(in context: ReviewContext) -> [ReviewFinding]
}

extension ReviewCheck {
    /// A finding of this check.
    public func finding(_ place: ReviewPlace, _ message: String, expected: String? = nil, found: String? = nil,
                        alternatives: [ReviewAlternative] = []) -> ReviewFinding {
        ReviewFinding(code: code, severity: severity, category: category, place: place, message: message,
                      expected: expected, found: found, alternatives: alternatives)
    }
}
