/// The Rencana Kinerja Tahunan (RKT): the year's sasaran, indicators, targets and program budget.
public struct AnnualPlan: Hashable, Sendable {
    public var rows: [TargetRow]
    public var programs: [ProgramBudget]

    public init(rows: [TargetRow] = [], programs: [ProgramBudget] = []) {
        self.rows = rows
        self.programs = programs
    }
}
