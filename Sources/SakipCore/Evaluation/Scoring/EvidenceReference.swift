/// Evidence (bukti dukung) attached to an answer: a written description, a link, or a document e-SAKIP holds.
public enum EvidenceReference: Hashable, Sendable {
    /// A description of the evidence ("Notula rapat evaluasi triwulan III, 10 Oktober 2024").
    case text(String)
    /// A link to a file or page, with an optional title.
    case link(url: String, title: String?)
    /// A document the product holds, by kind, year and key (e.g. "ketua-r1" for a PK revision), with its label.
    case product(ProductDocumentKind, year: Int, key: String?, label: String)

    /// What the evidence says, for lists and the LHE annex.
    public var label: String {
        switch self {
        case .text(let text): text
        case .link(let url, let title): title.map { "\($0) (\(url))" } ?? url
        case .product(_, _, _, let label): label
        }
    }
}
