import Foundation

/// A regional grant (hibah, NPHD) that funds a Pilkada beside the APBN, paid in tranches over years.
public struct RegionalGrant: Hashable, Sendable {
    /// One payment of the grant.
    public struct Tranche: Hashable, Sendable {
        public var year: Int
        /// The share as the agreement states it ("40 %").
        public var statedPercent: Decimal?
        public var amount: Decimal
        public var date: CalendarDate?
        public init(year: Int, statedPercent: Decimal? = nil, amount: Decimal, date: CalendarDate? = nil) {
            self.year = year
            self.statedPercent = statedPercent
            self.amount = amount
            self.date = date
        }
    }

    public var name: String
    /// The NPHD number and date as written.
    public var agreement: String?
    public var total: Decimal
    public var realisasi: Decimal?
    public var tranches: [Tranche]

    public init(name: String, agreement: String? = nil, total: Decimal, realisasi: Decimal? = nil, tranches: [Tranche] = []) {
        self.name = name
        self.agreement = agreement
        self.total = total
        self.realisasi = realisasi
        self.tranches = tranches
    }

    /// The sum of the tranches paid.
    public var paid: Decimal { tranches.reduce(0) { $0 + $1.amount } }

    /// A tranche's share of the total in percent, exact; nil when the total is 0.
    public func share(of tranche: Tranche) -> Decimal? {
        total == 0 ? nil : tranche.amount / total * 100
    }

    /// The grant's figures when its realisation is known.
    public var figures: BudgetFigures? { realisasi.map { BudgetFigures(pagu: total, realisasi: $0) } }
}
