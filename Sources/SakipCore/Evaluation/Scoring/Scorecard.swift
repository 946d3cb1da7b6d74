import Foundation

/// A sub-component's final rating and score: derived from the criteria unless the evaluator overrode it.
public struct SubComponentScore: Hashable, Sendable {
    public var subComponent: LKESubComponent
    public var derived: DerivedRating
    public var override: RatingOverride?

    /// The rating that counts.
    public var rating: LKERating { override?.rating ?? derived.rating }

    /// value / 100 × weight, exact.
    public var score: Decimal { rating.value / 100 * subComponent.weight }
}

/// A component's score: the sum of its sub-components' scores.
public struct ComponentScore: Hashable, Sendable {
    public var component: LKEComponent
    public var subComponents: [SubComponentScore]

    public var score: Decimal { subComponents.reduce(0) { $0 + $1.score } }

    /// The score of the sub-component of a dimension.
    public func subComponent(_ dimension: LKEDimension) -> SubComponentScore? {
        subComponents.first { $0.subComponent.dimension == dimension }
    }
}

/// One assessor's scoring of a whole LKE: every sub-component rated, component and total scores exact, the
/// predikat of the total (LKE.md §2.1).
public struct Scorecard: Hashable, Sendable {
    public var components: [ComponentScore]
    public var scale: PredikatScale

    /// Scores answers on a version; overrides replace the derived rating of their sub-component.
    public init(version: LKEVersion, answers: LKEAnswers, overrides: [RatingOverride] = []) {
        components = version.components.map { component in
            ComponentScore(component: component, subComponents: component.subComponents.map { sub in
                SubComponentScore(subComponent: sub, derived: RatingDerivation.derive(sub, answers: answers),
                                  override: overrides.last { $0.subComponentId == sub.id })
            })
        }
        scale = version.predikatScale
    }

    /// Every sub-component's score, in order.
    public var subComponents: [SubComponentScore] { components.flatMap(\.subComponents) }

    public func subComponent(_ id: String) -> SubComponentScore? { subComponents.first { $0.subComponent.id == id } }

    public func component(_ id: String) -> ComponentScore? { components.first { $0.component.id == id } }

    /// The total score, 0 … 100, exact.
    public var total: Decimal { components.reduce(0) { $0 + $1.score } }

    /// The predikat band of the total as shown (two decimals).
    public var predikat: PredikatBand? { scale.band(for: total) }
}

/// How evaluation scores are written: two decimals, Indonesian ("78,85").
public enum LKEScore {
    /// "78,85", "5,40", "100,00".
    public static func text(_ value: Decimal) -> String { IndonesianFormat.number(value, fractionDigits: 2) }

    /// "+2,15", "-0,40", "0,00": a change between two scores.
    public static func change(_ value: Decimal) -> String {
        let rounded = value.roundedHalfUp(scale: 2)
        return rounded > 0 ? "+" + text(rounded) : text(rounded)
    }
}
