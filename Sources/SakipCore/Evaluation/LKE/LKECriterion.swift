/// One criterion of the LKE: a probing question of its sub-component, with the evidence that usually shows it,
/// the documents the product holds for it, the fact that can suggest its answer, and the criteria it presupposes.
public struct LKECriterion: Hashable, Sendable {
    /// "1.a.3": component, sub-component letter, position.
    public var id: String
    /// The criterion as the LKE words it.
    public var text: String
    /// Typical evidence (bukti dukung), as a sentence.
    public var evidence: String?
    /// Documents e-SAKIP holds that are linked to this criterion automatically.
    public var productEvidence: [ProductDocumentKind]
    /// The fact that suggests an answer, when the product knows it.
    public var suggestion: SuggestionRule?
    /// Criteria that must be met before this one can be (a quality item presupposes its document).
    public var requires: [String]

    public init(id: String, text: String, evidence: String? = nil, productEvidence: [ProductDocumentKind] = [],
                suggestion: SuggestionRule? = nil, requires: [String] = []) {
        self.id = id
        self.text = text
        self.evidence = evidence
        self.productEvidence = productEvidence
        self.suggestion = suggestion
        self.requires = requires
    }
}
