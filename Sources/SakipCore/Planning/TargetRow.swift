import Foundation

/// One row of an RKT or PK target table: sasaran, indicator, target.
public struct TargetRow: Hashable, Sendable {
    public var objectiveId: String?
    public var indicatorId: String
    /// The target as the table states it; nil for an RKT row printed without one (a PK row always has one).
    public var statedTarget: MeasureValue?
    /// The RKT "target kegiatan" ("1 Layanan").
    public var activityTarget: String?

    public init(objectiveId: String? = nil, indicatorId: String, target: MeasureValue, activityTarget: String? = nil) {
        self.init(objectiveId: objectiveId, indicatorId: indicatorId, statedTarget: target, activityTarget: activityTarget)
    }

    /// A row whose target may be missing, as an RKT may print it.
    public init(objectiveId: String? = nil, indicatorId: String, statedTarget: MeasureValue?, activityTarget: String? = nil) {
        self.objectiveId = objectiveId
        self.indicatorId = indicatorId
        self.statedTarget = statedTarget
        self.activityTarget = activityTarget
    }

    /// The target; "not applicable" (N/A) for a row printed without one, so that nothing is measured against it.
    public var target: MeasureValue {
        get { statedTarget ?? .notApplicable }
        set { statedTarget = newValue }
    }
}

/// A program and its budget, as a PK or RKT states it.
public struct ProgramBudget: Hashable, Sendable {
    public var code: String?
    public var name: String
    public var amount: Decimal

    public init(code: String? = nil, name: String, amount: Decimal) {
        self.code = code
        self.name = name
        self.amount = amount
    }
}

