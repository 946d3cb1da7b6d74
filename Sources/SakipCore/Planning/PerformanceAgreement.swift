import Foundation

/// A Perjanjian Kinerja (PK): one level, one revision. Signed in January; a change is a new revision.
public struct PerformanceAgreement: Hashable, Sendable {
    /// Who promises: the Ketua alone, or the Sekretaris to the Ketua.
    public enum Level: String, CaseIterable, Sendable {
        case ketua, sekretaris

        /// "PK Ketua", "PK Sekretaris".
        public var label: String { self == .ketua ? "PK Ketua" : "PK Sekretaris" }
    }

    /// A signatory of the PK.
    public struct Party: Hashable, Sendable {
        public var personId: String?
        public var name: String
        public var nip: String?
        public var position: String
        public init(personId: String? = nil, name: String, nip: String? = nil, position: String) {
            self.personId = personId
            self.name = name
            self.nip = nip
            self.position = position
        }
    }

    public var level: Level
    /// 0 for the PK signed in January, then 1, 2 … for dated revisions.
    public var revision: Int
    public var signedOn: CalendarDate?
    public var place: String?
    /// Pihak pertama.
    public var firstParty: Party?
    /// Pihak kedua (the Ketua, for the Sekretaris's PK).
    public var secondParty: Party?
    public var rows: [TargetRow]
    public var programs: [ProgramBudget]

    public init(level: Level, revision: Int = 0, signedOn: CalendarDate? = nil, place: String? = nil,
                firstParty: Party? = nil, secondParty: Party? = nil, rows: [TargetRow] = [], programs: [ProgramBudget] = []) {
        self.level = level
        self.revision = revision
        self.signedOn = signedOn
        self.place = place
        self.firstParty = firstParty
        self.secondParty = secondParty
        self.rows = rows
        self.programs = programs
    }

    /// The total of the program budget table.
    public var programTotal: Decimal { programs.reduce(0) { $0 + $1.amount } }

    /// The target the PK sets for an indicator.
    public func target(indicatorId: String) -> MeasureValue? {
        rows.first { $0.indicatorId == indicatorId }?.target
    }
}

extension Array where Element == PerformanceAgreement {
    /// The highest revision of a level.
    public func current(_ level: PerformanceAgreement.Level) -> PerformanceAgreement? {
        filter { $0.level == level }.max { $0.revision < $1.revision }
    }

    /// The PK the office is measured against: the Ketua's current PK, else the Sekretaris's.
    public var governing: PerformanceAgreement? { current(.ketua) ?? current(.sekretaris) }
}
