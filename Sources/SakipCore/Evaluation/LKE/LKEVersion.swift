import Foundation

/// One version of the LKE as master data: its components, sub-components, weights and criteria, the years it
/// applies to, the predikat scale and the tolerance of the Pemanfaatan-over-Kualitas rule. KemenPANRB adjusts the
/// LKE from year to year, so KPU RI loads or edits a version as a JSON file (docs/evaluation-format.md); an
/// evaluation records the ``reference`` (id and content digest) of the version it was made with.
public struct LKEVersion: Hashable, Sendable {
    /// The file format's name and the version this library reads and writes.
    public static let formatName = "sakip-lke"
    public static let formatVersion = 1

    /// "permenpanrb-88-2021".
    public var id: String
    public var title: String
    /// The regulation or guideline the version follows.
    public var basis: String?
    /// First performance year (tahun kinerja) evaluated with this version.
    public var firstYear: Int
    /// Last performance year, nil while it is current.
    public var lastYear: Int?
    public var components: [LKEComponent]
    public var predikatScale: PredikatScale
    /// How many rating points Pemanfaatan may stand above Kualitas in a component before a warning (0: none).
    public var pemanfaatanTolerance: Decimal

    public init(id: String, title: String, basis: String? = nil, firstYear: Int, lastYear: Int? = nil,
                components: [LKEComponent], predikatScale: PredikatScale = .permenPANRB88, pemanfaatanTolerance: Decimal = 0) {
        self.id = id
        self.title = title
        self.basis = basis
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.components = components
        self.predikatScale = predikatScale
        self.pemanfaatanTolerance = pemanfaatanTolerance
    }

    /// Every sub-component, in order.
    public var subComponents: [LKESubComponent] { components.flatMap(\.subComponents) }

    /// Every criterion, in order.
    public var criteria: [LKECriterion] { subComponents.flatMap(\.criteria) }

    public func component(_ id: String) -> LKEComponent? { components.first { $0.id == id } }

    public func subComponent(_ id: String) -> LKESubComponent? { subComponents.first { $0.id == id } }

    public func criterion(_ id: String) -> LKECriterion? { criteria.first { $0.id == id } }

    /// The sub-component a criterion belongs to.
    public func subComponent(containing criterionId: String) -> LKESubComponent? {
        subComponents.first { $0.criteria.contains { $0.id == criterionId } }
    }

    /// The criteria whose answer a fact suggests.
    public func criteria(suggestedBy rule: SuggestionRule) -> [LKECriterion] { criteria.filter { $0.suggestion == rule } }

    /// Whether the version applies to a performance year.
    public func applies(to year: Int) -> Bool { year >= firstYear && lastYear.map { year <= $0 } ?? true }

    /// The canonical file text's SHA-256, in lowercase hex: two versions with the same digest have the same content.
    public var digest: String { SHA256.hex(Array(LKEVersionWriter.write(self).utf8)) }

    /// What an evaluation records of the version it was made with.
    public var reference: LKEVersionReference { LKEVersionReference(id: id, digest: digest) }
}

/// The id and content digest of an LKE version, kept by an evaluation forever.
public struct LKEVersionReference: Hashable, Sendable {
    public var id: String
    /// SHA-256 of the version's canonical JSON, lowercase hex.
    public var digest: String

    public init(id: String, digest: String) {
        self.id = id
        self.digest = digest
    }

    /// Whether a version is exactly the one referred to (same id, same content).
    public func matches(_ version: LKEVersion) -> Bool { version.id == id && version.digest == digest }
}
