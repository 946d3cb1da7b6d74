import Foundation

/// A component of the LKE (Perencanaan Kinerja 30, Pengukuran Kinerja 30, Pelaporan Kinerja 15, Evaluasi
/// Akuntabilitas Kinerja Internal 25) with its sub-components.
public struct LKEComponent: Hashable, Sendable {
    /// "1".
    public var id: String
    /// "Perencanaan Kinerja".
    public var title: String
    /// Points of the total 100.
    public var weight: Decimal
    public var subComponents: [LKESubComponent]

    public init(id: String, title: String, weight: Decimal, subComponents: [LKESubComponent]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.subComponents = subComponents
    }

    /// The sub-component of a dimension, when the component has one.
    public func subComponent(_ dimension: LKEDimension) -> LKESubComponent? {
        subComponents.first { $0.dimension == dimension }
    }
}
