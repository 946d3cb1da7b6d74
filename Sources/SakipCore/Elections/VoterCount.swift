import Foundation

/// A number of voters split by sex (laki-laki, perempuan), as KPU tables print them.
public struct VoterCount: Hashable, Sendable {
    public var male: Int
    public var female: Int

    public init(male: Int, female: Int) {
        self.male = male
        self.female = female
    }

    /// L + P.
    public var total: Int { male + female }

    public static func + (a: VoterCount, b: VoterCount) -> VoterCount {
        VoterCount(male: a.male + b.male, female: a.female + b.female)
    }

    public static let zero = VoterCount(male: 0, female: 0)
}
