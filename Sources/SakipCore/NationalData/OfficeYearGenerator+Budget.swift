import Foundation

extension OfficeYearGenerator {
    /// A year's DIPA: the template's tree with every kegiatan/KRO/RO scaled to the office and the year (election years
    /// spend far more on program CQ), realised at the office's usual rate; the DIPA awal and its dated revisions.
    struct YearBudget: Sendable {
        var tree: BudgetTree
        /// The programs as the PK states them in January (the DIPA awal).
        var initialPrograms: [ProgramBudget]
        var revisions: [DIPARevision]
    }

    /// How much of the 2024 program CQ budget a year has.
    static func electionFactor(year: Int, pilkada2020: Bool) -> Decimal {
        switch year {
        case 2024: 1
        case 2023: 0.55
        case 2022: 0.3
        case 2021: 0.22
        case 2020: pilkada2020 ? 0.6 : 0.25
        default: 0.3
        }
    }

    func budget(_ prepared: PreparedOffice, year: Int, revisionCount: Int) -> YearBudget {
        var random = SeededRandom(seed: seed, "budget", prepared.office.code, "\(year)")
        let cq = Self.electionFactor(year: year, pilkada2020: prepared.office.pilkada2020).units(scale: 3)
        let growth = 1000 + (year - 2024) * 30
        let scale = prepared.office.scale.units(scale: 2)
        let absorption = prepared.absorption.units(scale: 4)
        // Integer rupiah arithmetic (thousands of rupiah × parts per 10^8): exact and fast.
        func scaled(_ line: BudgetLine) -> BudgetLine {
            var copy = line
            copy.printed = BudgetLine.Printed()
            if let own = line.own {
                let factor = scale * (line.code.program == "CQ" ? cq : growth) * random.int(850...1150)
                let thousands = max((own.pagu.units(scale: -3) * factor + 50_000_000) / 100_000_000, 1)
                let rate = min(absorption + random.int(-300...50), 10_000)
                copy.own = BudgetFigures(pagu: Decimal(thousands * 1000), realisasi: Decimal((thousands * 1000 * rate + 5_000) / 10_000))
            } else {
                copy.children = line.children.map(scaled)
            }
            return copy
        }
        let tree = BudgetTree(lines: prepared.template.source.budget.tree.lines.map(scaled))
        let programs = tree.totals(at: .program)
        let agreed = prepared.template.source.governingAgreement?.programs ?? []
        let initial: [ProgramBudget] = programs.map { program in
            let name = agreed.first { $0.code.flatMap { try? BudgetCode.parse($0) } == program.code }?.name ?? program.name
            return ProgramBudget(code: program.code.full, name: name,
                                 amount: Decimal((program.figures.pagu.units(scale: -3) * random.int(600...950) + 500) / 1000 * 1000))
        }
        let initialTotal = initial.reduce(Decimal(0)) { $0 + $1.amount }
        let finalTotal = tree.total.pagu
        let awal = CalendarDate(year: year - 1, month: 11, day: random.int(20...30)) ?? CalendarDate(year: year - 1, month: 11, day: 20)!
        var days = Set<Int>()
        while days.count < revisionCount { days.insert(random.int(20...350)) }
        let start = CalendarDate(year: year, month: 1, day: 1) ?? awal
        var revisions = [DIPARevision(number: 0, label: "DIPA Awal", date: awal, total: initialTotal)]
        for (index, offset) in days.sorted().enumerated() {
            let number = index + 1
            let total = number == revisionCount ? finalTotal
                : ((initialTotal + (finalTotal - initialTotal) * Decimal(number) / Decimal(revisionCount)) / 1000).roundedHalfUp(scale: 0) * 1000
            revisions.append(DIPARevision(number: number, label: "Revisi \(number)", date: start.adding(days: offset), total: total))
        }
        return YearBudget(tree: tree, initialPrograms: initial, revisions: revisions)
    }

    /// DIPA revisions of a year: many in an election year, a few otherwise; never equal to a "jumlah revisi" target,
    /// so that such an indicator is always either above or below it.
    func revisionCount(_ prepared: PreparedOffice, year: Int, avoiding target: Decimal?) -> Int {
        var random = SeededRandom(seed: seed, "revisions", prepared.office.code, "\(year)")
        let busy = year == 2024 || (year == 2020 && prepared.office.pilkada2020)
        var count = busy ? random.int(6...15) : random.int(1...6)
        if let target, Decimal(count) == target { count += 1 }
        return count
    }
}
