import Foundation

/// The evaluator's rating of a sub-component in place of the derived one, with the written justification the
/// change requires (e.g. AA for Kualitas needs an innovation the criteria cannot show).
public struct RatingOverride: Hashable, Sendable {
    public var subComponentId: String
    public var rating: LKERating
    public var justification: String

    public init(subComponentId: String, rating: LKERating, justification: String) {
        self.subComponentId = subComponentId
        self.rating = rating
        self.justification = justification
    }

    /// Whether the justification says something (not only blanks).
    public var isJustified: Bool { !justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
