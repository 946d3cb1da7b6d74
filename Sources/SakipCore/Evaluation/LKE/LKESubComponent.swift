import Foundation

/// A sub-component of the LKE: one dimension of a component, with its weight and its criteria.
public struct LKESubComponent: Hashable, Sendable {
    /// "1.a".
    public var id: String
    public var dimension: LKEDimension
    /// The LKE's title ("Dokumen Perencanaan kinerja telah tersedia").
    public var title: String
    /// Points of the total 100 (6 for 1.a).
    public var weight: Decimal
    public var criteria: [LKECriterion]

    public init(id: String, dimension: LKEDimension, title: String, weight: Decimal, criteria: [LKECriterion]) {
        self.id = id
        self.dimension = dimension
        self.title = title
        self.weight = weight
        self.criteria = criteria
    }
}
