/// One thing a review found: which check, how serious, where, and what was expected against what was found.
///
/// This is the engine's public result: the CLI prints it, `--json` writes it, and a Lembar Reviu
/// document lists it. Values are Indonesian spellings ready to print ("66,13 %", "Rp 13.155.812.217").
public struct ReviewFinding: Hashable, Sendable {
    /// The stable code of the check that found it ("ARITH-BUDGET-PERSEN").
    public var code: String
    public var severity: ReviewSeverity
    public var category: ReviewCategory
    public var place: ReviewPlace
    /// A sentence in Indonesian that names the place and says what is wrong.
    public var message: String
    /// The value the data supports, when there is one.
    public var expected: String?
    /// The value the document or file states, when there is one.
    public var found: String?
    /// Other places that may hold the mistake instead, when the data cannot tell which of several figures is
    /// wrong (a capaian, or the target or realisation it was computed from), each with its value then.
    public var alternatives: [ReviewAlternative]

    public init(code: String, severity: ReviewSeverity, category: ReviewCategory, place: ReviewPlace, message: String,
                expected: String? = nil, found: String? = nil, alternatives: [ReviewAlternative] = []) {
        self.code = code
        self.severity = severity
        self.category = category
        self.place = place
        self.message = message
        self.expected = expected
        self.found = found
        self.alternatives = alternatives
    }

    /// Every place the finding names: its own and its alternatives'.
    public var places: [ReviewPlace] { [place] + alternatives.map(\.place) }
}

/// A place that may hold a finding's mistake instead of the finding's own place, with the value it should then have.
public struct ReviewAlternative: Hashable, Sendable {
    public var place: ReviewPlace
    public var expected: String?

    public init(place: ReviewPlace, expected: String? = nil) {
        self.place = place
        self.expected = expected
    }
}
