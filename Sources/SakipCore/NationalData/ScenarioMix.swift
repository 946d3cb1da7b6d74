/// The proportions of the generated scenarios. Every proportion is an exact quota (largest remainder over the
/// group it applies to), so that the data set holds precisely the stated share, not a share near it.
public struct ScenarioMix: Hashable, Sendable {
    /// Percent of the latest year's office-years in each PK state (sums to 100).
    public var latestPK: [SubmissionState: Int]
    /// Percent of the latest year's office-years in each LKj state (sums to 100).
    public var latestLKj: [SubmissionState: Int]
    /// Percent of earlier years' office-years in each state, for both documents (sums to 100).
    public var earlier: [SubmissionState: Int]
    /// Percent of the submitted documents (any state but draft) of each group that were submitted late.
    public var latePercent: Int
    /// Percent of accepted documents that went through a return and resubmission before being accepted.
    public var acceptedAfterReturnPercent: Int
    /// Percent of all office-years with injected review mistakes (taken from office-years whose LKj is not accepted).
    public var mistakesPercent: Int
    /// Percent of all Kab/Kota office-years with reworded (unmapped) indicators.
    public var rewordedPercent: Int

    public init(latestPK: [SubmissionState: Int], latestLKj: [SubmissionState: Int], earlier: [SubmissionState: Int], latePercent: Int,
                acceptedAfterReturnPercent: Int, mistakesPercent: Int, rewordedPercent: Int) {
        self.latestPK = latestPK
        self.latestLKj = latestLKj
        self.earlier = earlier
        self.latePercent = latePercent
        self.acceptedAfterReturnPercent = acceptedAfterReturnPercent
        self.mistakesPercent = mistakesPercent
        self.rewordedPercent = rewordedPercent
    }

    /// The demo's mix: past years almost all accepted; the latest PK mostly accepted; the latest LKj (due at the end of
    /// February) spread over every state; 15 % of submissions late; 6 % of office-years with review errors; 4 % of
    /// Kab/Kota office-years with indicators worded outside the catalogue.
    public static let standard = ScenarioMix(
        latestPK: [.accepted: 70, .resubmitted: 8, .returned: 7, .submitted: 10, .draft: 5],
        latestLKj: [.accepted: 40, .resubmitted: 10, .returned: 10, .submitted: 25, .draft: 15],
        earlier: [.accepted: 92, .resubmitted: 2, .returned: 2, .submitted: 3, .draft: 1],
        latePercent: 15, acceptedAfterReturnPercent: 20, mistakesPercent: 6, rewordedPercent: 4)

    /// Splits `count` items by percentages with the largest-remainder method: the counts sum to `count` exactly and
    /// each is the exact share rounded up or down. Keys are handled in `order`.
    public static func quotas<Key: Hashable>(_ percentages: [Key: Int], of count: Int, order: [Key]) -> [Key: Int] {
        let total = max(percentages.values.reduce(0, +), 1)
        var quotas: [Key: Int] = [:]
        var remainders: [(key: Key, remainder: Int, position: Int)] = []
        for (position, key) in order.enumerated() {
            let exact = (percentages[key] ?? 0) * count
            quotas[key] = exact / total
            remainders.append((key, exact % total, position))
        }
        var left = count - quotas.values.reduce(0, +)
        for item in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.position < $1.position }) where left > 0 {
            quotas[item.key, default: 0] += 1
            left -= 1
        }
        return quotas
    }

    /// The exact number of `percent` % of `count`, rounded half up.
    public static func share(_ percent: Int, of count: Int) -> Int { (percent * count * 2 + 100) / 200 }
}
