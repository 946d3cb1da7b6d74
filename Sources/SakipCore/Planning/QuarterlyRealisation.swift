import Foundation

/// A measured value of one indicator for one quarter, with its explanation and evidence (bukti dukung).
public struct QuarterlyRealisation: Hashable, Sendable {
    public var indicatorId: String
    public var quarter: Quarter
    public var value: MeasureValue
    public var explanation: String?
    /// Links to the evidence.
    public var evidence: [String]

    public init(indicatorId: String, quarter: Quarter, value: MeasureValue, explanation: String? = nil, evidence: [String] = []) {
        self.indicatorId = indicatorId
        self.quarter = quarter
        self.value = value
        self.explanation = explanation
        self.evidence = evidence
    }
}

extension Indicator {
    /// The year's realisation from the quarters entered so far: the latest quarter's value, or the sum
    /// of the quarters for `sumOfQuarters`. Nil when nothing is entered. A sum over values that are not
    /// plain amounts (grades) falls back to the latest quarter.
    public func yearValue(from realisations: [QuarterlyRealisation]) -> MeasureValue? {
        let mine = realisations.filter { $0.indicatorId == id }.sorted { $0.quarter < $1.quarter }
        guard let last = mine.last else { return nil }
        guard yearValue == .sumOfQuarters else { return last.value }
        var total = Decimal(0)
        for entry in mine {
            guard let amount = entry.value.amount else { return last.value }
            total += amount
        }
        return last.value.replacingAmount(total)
    }
}
