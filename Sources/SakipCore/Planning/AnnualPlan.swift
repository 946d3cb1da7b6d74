/// The Rencana Kinerja Tahunan (RKT): the year's sasaran, indicators, targets and program budget.
public struct AnnualPlan: Hashable, Sendable {
    public var rows: [TargetRow]
    public var programs: [ProgramBudget]
    /// Whose RKT it is (the KPU's, matching the Ketua's PK, or the Secretariat's, matching the Sekretaris's);
    /// nil when the document does not say, and the RKT is then compared with the PK that shares most indicators.
    public var level: PerformanceAgreement.Level?

    public init(rows: [TargetRow] = [], programs: [ProgramBudget] = [], level: PerformanceAgreement.Level? = nil) {
        self.rows = rows
        self.programs = programs
        self.level = level
    }
}
