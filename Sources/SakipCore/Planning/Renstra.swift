/// The five-year strategic plan (Rencana Strategis) as far as one office-year needs it.
public struct Renstra: Hashable, Sendable {
    /// A tujuan of the Renstra.
    public struct Goal: Hashable, Sendable {
        public var id: String
        public var statement: String
        public init(id: String, statement: String) {
            self.id = id
            self.statement = statement
        }
    }

    /// The yearly targets of one indicator over the period.
    public struct TargetSeries: Hashable, Sendable {
        public var objectiveId: String?
        public var indicatorId: String
        public var byYear: [Int: MeasureValue]
        public init(objectiveId: String? = nil, indicatorId: String, byYear: [Int: MeasureValue]) {
            self.objectiveId = objectiveId
            self.indicatorId = indicatorId
            self.byYear = byYear
        }
    }

    public var startYear: Int
    public var endYear: Int
    public var decree: String?
    public var vision: String?
    public var missions: [String]
    public var goals: [Goal]
    public var policies: [String]
    public var targets: [TargetSeries]

    public init(startYear: Int, endYear: Int, decree: String? = nil, vision: String? = nil, missions: [String] = [],
                goals: [Goal] = [], policies: [String] = [], targets: [TargetSeries] = []) {
        self.startYear = startYear
        self.endYear = endYear
        self.decree = decree
        self.vision = vision
        self.missions = missions
        self.goals = goals
        self.policies = policies
        self.targets = targets
    }

    /// "Tahun ke N" of the period for `year` (2024 in 2020–2024 is the 5th); nil outside the period.
    public func yearNumber(of year: Int) -> Int? {
        (startYear...endYear).contains(year) ? year - startYear + 1 : nil
    }

    /// The target of the period's final year for an indicator, the medium-term target the LKj compares with.
    public func finalTarget(indicatorId: String) -> MeasureValue? {
        targets.first { $0.indicatorId == indicatorId }?.byYear[endYear]
    }

    /// The target for one year.
    public func target(indicatorId: String, year: Int) -> MeasureValue? {
        targets.first { $0.indicatorId == indicatorId }?.byYear[year]
    }
}
