/// The DPT recap of an election (Pagar Alam Tabel 3.3): rows per kecamatan and the total line as printed.
public struct DPTRecap: Hashable, Sendable {
    /// The printed total line ("Jumlah"), kept to be checked against the rows.
    public struct StatedTotal: Hashable, Sendable {
        public var villageCount: Int?
        public var tps: Int?
        public var male: Int?
        public var female: Int?
        public var total: Int?

        public init(villageCount: Int? = nil, tps: Int? = nil, male: Int? = nil, female: Int? = nil, total: Int? = nil) {
            self.villageCount = villageCount
            self.tps = tps
            self.male = male
            self.female = female
            self.total = total
        }
    }

    /// Where the recap is printed ("Tabel 3.3").
    public var location: String?
    public var rows: [DPTRow]
    public var statedTotal: StatedTotal?

    public init(location: String? = nil, rows: [DPTRow] = [], statedTotal: StatedTotal? = nil) {
        self.location = location
        self.rows = rows
        self.statedTotal = statedTotal
    }

    /// The voters of all rows (computed, never the printed total).
    public var voters: VoterCount { rows.reduce(.zero) { $0 + $1.voters } }
    /// The TPS of all rows.
    public var tps: Int { rows.reduce(0) { $0 + $1.tps } }
    /// The villages of all rows that state them.
    public var villageCount: Int { rows.reduce(0) { $0 + ($1.villageCount ?? $1.subareas.count) } }
}
