import Foundation

/// Sums over many office-years (a province, the country): budget per program, DPT and participation per
/// election, logistics, and the spread of office capaian. Rates are recomputed from the summed counts
/// (Σ voted / Σ registered), never averaged.
public struct ConsolidatedTotals: Hashable, Sendable {
    /// Pagu and realisasi of one program summed over offices.
    public struct ProgramSum: Hashable, Sendable {
        /// The program letters ("CQ").
        public var program: String
        public var name: String
        public var offices: Int
        public var pagu: Decimal
        public var realisasi: Decimal
        public var absorption: Decimal? { pagu == 0 ? nil : realisasi / pagu * 100 }
    }

    /// One election (same kind and date) summed over the offices that ran it.
    public struct ElectionSum: Hashable, Sendable {
        public var kind: ElectionKind
        public var name: String
        public var date: String?
        public var offices: Int
        public var tps: Int
        public var dptMale: Int
        public var dptFemale: Int
        public var registered: Int
        public var registeredFemale: Int
        /// Offices that gave turnout, and their sums (participation is computed over these offices only).
        public var officesWithTurnout: Int
        public var registeredWithTurnout: Int
        public var registeredFemaleWithTurnout: Int
        public var voted: Int
        public var votedFemale: Int
        public var disabilityRegistered: Int
        public var disabilityVoted: Int
        public var firstTimeRegistered: Int
        public var firstTimeVoted: Int

        public var dptTotal: Int { dptMale + dptFemale }
        public var participation: Decimal? { OfficeYearSummary.ElectionFigures.rate(voted, registeredWithTurnout) }
        public var womenParticipation: Decimal? { OfficeYearSummary.ElectionFigures.rate(votedFemale, registeredFemaleWithTurnout) }
        public var disabilityParticipation: Decimal? { OfficeYearSummary.ElectionFigures.rate(disabilityVoted, disabilityRegistered) }
        public var firstTimeParticipation: Decimal? { OfficeYearSummary.ElectionFigures.rate(firstTimeVoted, firstTimeRegistered) }
    }

    /// Logistics summed over the offices that report them.
    public struct LogisticsSum: Hashable, Sendable {
        public var offices = 0
        public var needsQuantity = 0
        public var needsPagu: Decimal = 0
        public var procurementPagu: Decimal = 0
        public var procurementContract: Decimal = 0
        public var procurementEfficiency: Decimal = 0
        public var distributedTPS = 0
        public var distributedBoxes = 0
        public var distributedBags = 0
        public var distributionOnTime = 0
        public var distributionDated = 0
        public var deliveriesOnTime = 0
        public var deliveriesDated = 0
        public var itemsFulfilled = 0
        public var itemsSorted = 0
        public var destroyed = 0
        public var warehouses = 0

        public var distributionOnTimePercent: Decimal? { OfficeYearSummary.ElectionFigures.rate(distributionOnTime, distributionDated) }
        public var deliveriesOnTimePercent: Decimal? { OfficeYearSummary.ElectionFigures.rate(deliveriesOnTime, deliveriesDated) }
        public var fulfilmentPercent: Decimal? { OfficeYearSummary.ElectionFigures.rate(itemsFulfilled, itemsSorted) }

        mutating func add(_ figures: OfficeYearSummary.LogisticsFigures) {
            offices += 1
            needsQuantity += figures.needsQuantity
            needsPagu += figures.needsPagu
            procurementPagu += figures.procurementPagu
            procurementContract += figures.procurementContract
            procurementEfficiency += figures.procurementEfficiency
            distributedTPS += figures.distributedTPS
            distributedBoxes += figures.distributedBoxes
            distributedBags += figures.distributedBags
            distributionOnTime += figures.distributionOnTime
            distributionDated += figures.distributionDated
            deliveriesOnTime += figures.deliveriesOnTime
            deliveriesDated += figures.deliveriesDated
            itemsFulfilled += figures.itemsFulfilled
            itemsSorted += figures.itemsSorted
            destroyed += figures.destroyed
            warehouses += figures.warehouses
        }
    }

    /// Office-years summed.
    public var offices: Int
    public var pagu: Decimal
    public var realisasi: Decimal
    public var programs: [ProgramSum]
    public var elections: [ElectionSum]
    public var logistics: LogisticsSum
    /// The spread of office capaian.
    public var capaian: CapaianStatistics
    public var reviewErrors: Int
    public var reviewWarnings: Int
    /// Office-years with at least one review error.
    public var officesWithErrors: Int

    public var absorption: Decimal? { pagu == 0 ? nil : realisasi / pagu * 100 }

    /// Sums the summaries, programs and elections in first-seen order.
    public init(_ summaries: [OfficeYearSummary]) {
        offices = summaries.count
        pagu = summaries.reduce(0) { $0 + $1.budget.pagu }
        realisasi = summaries.reduce(0) { $0 + $1.budget.realisasi }
        programs = Self.programSums(summaries)
        elections = Self.electionSums(summaries)
        var logistics = LogisticsSum()
        for figures in summaries.compactMap(\.logistics) { logistics.add(figures) }
        self.logistics = logistics
        capaian = CapaianStatistics(summaries.compactMap(\.capaian))
        reviewErrors = summaries.reduce(0) { $0 + $1.review.errors }
        reviewWarnings = summaries.reduce(0) { $0 + $1.review.warnings }
        officesWithErrors = summaries.filter { $0.review.errors > 0 }.count
    }

    private static func programSums(_ summaries: [OfficeYearSummary]) -> [ProgramSum] {
        var order: [String] = []
        var sums: [String: ProgramSum] = [:]
        for summary in summaries {
            for program in summary.budget.programs {
                if sums[program.program] == nil {
                    order.append(program.program)
                    sums[program.program] = ProgramSum(program: program.program, name: program.name, offices: 0, pagu: 0, realisasi: 0)
                }
                sums[program.program]?.offices += 1
                sums[program.program]?.pagu += program.pagu
                sums[program.program]?.realisasi += program.realisasi
            }
        }
        return order.compactMap { sums[$0] }
    }

    private static func electionSums(_ summaries: [OfficeYearSummary]) -> [ElectionSum] {
        var order: [String] = []
        var sums: [String: ElectionSum] = [:]
        for summary in summaries {
            for event in summary.elections {
                let key = "\(event.kind.rawValue) \(event.date ?? event.name)"
                if sums[key] == nil {
                    order.append(key)
                    sums[key] = ElectionSum(kind: event.kind, name: event.name, date: event.date, offices: 0, tps: 0, dptMale: 0,
                                            dptFemale: 0, registered: 0, registeredFemale: 0, officesWithTurnout: 0,
                                            registeredWithTurnout: 0, registeredFemaleWithTurnout: 0, voted: 0, votedFemale: 0,
                                            disabilityRegistered: 0, disabilityVoted: 0, firstTimeRegistered: 0, firstTimeVoted: 0)
                }
                sums[key]?.add(event)
            }
        }
        return order.compactMap { sums[$0] }
    }
}

extension ConsolidatedTotals.ElectionSum {
    mutating func add(_ event: OfficeYearSummary.ElectionFigures) {
        offices += 1
        tps += event.tps
        dptMale += event.dptMale
        dptFemale += event.dptFemale
        registered += event.registeredTotal
        registeredFemale += event.registeredFemale
        if let male = event.votedMale, let female = event.votedFemale {
            officesWithTurnout += 1
            registeredWithTurnout += event.registeredTotal
            registeredFemaleWithTurnout += event.registeredFemale
            voted += male + female
            votedFemale += female
        }
        // Disability and first-time rates pair each office's numerator with its own denominator.
        if let registered = event.disabilityRegistered, let voted = event.disabilityVoted {
            disabilityRegistered += registered
            disabilityVoted += voted
        }
        if let registered = event.firstTimeRegistered, let voted = event.firstTimeVoted {
            firstTimeRegistered += registered
            firstTimeVoted += voted
        }
    }
}
