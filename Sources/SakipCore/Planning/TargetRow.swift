import Foundation

/// One row of an RKT or PK target table: sasaran, indicator, target.
public struct TargetRow: Hashable, Sendable {
    public var objectiveId: String?
    public var indicatorId: String
    public var target: MeasureValue
    /// The RKT "target kegiatan" ("1 Layanan").
    public var activityTarget: String?

    public init(objectiveId: String? = nil, indicatorId: String, target: MeasureValue, activityTarget: String? = nil) {
        self.objectiveId = objectiveId
        self.indicatorId = indicatorId
        self.target = target
        self.activityTarget = activityTarget
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

