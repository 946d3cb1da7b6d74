import Foundation

/// A template renamed for one office, once per office: its people, sasaran, indicators, Renstra and analyses with
/// the office's own names; the year-specific parts are generated from it.
struct PreparedOffice: Sendable {
    let office: NationalOffice
    let template: NationalTemplate
    let renamer: OfficeRenamer
    let base: OfficeYear
    /// How well the office performs against its targets (1 = on target), drawn once.
    let performance: Decimal
    /// The share of its pagu the office usually spends.
    let absorption: Decimal
    /// Relative size of each kecamatan (voters are split by these weights every election).
    let areaWeights: [Int]

    init(office: NationalOffice, template: NationalTemplate, catalogue: IndicatorCatalogue, seed: UInt64) {
        var random = SeededRandom(seed: seed, "prepare", office.code)
        let renamer = OfficeRenamer(template: template, office: office.office)
        let source = template.source
        var people: [Person] = []
        var used = Set<String>()
        for person in source.people {
            var copy = person
            copy.name = SyntheticNames.unique(&used) { SyntheticNames.person(&random) }
            copy.position = renamer(person.position)
            copy.regions = []
            if person.nip != nil {
                copy.nip = "19\(random.int(60...99))\(String(format: "%02d", random.int(1...12)))\(String(format: "%02d", random.int(1...28))) "
                    + "20\(String(format: "%02d", random.int(0...22)))\(String(format: "%02d", random.int(1...12))) \(random.int(1...2)) 00\(random.int(1...9))"
            }
            people.append(copy)
        }
        let indicators = source.indicators.map { indicator -> Indicator in
            var copy = indicator
            copy.statement = renamer(indicator.statement)
            copy.definition = renamer(indicator.definition)
            copy.dataSource = renamer(indicator.dataSource)
            copy.responsibleUnit = renamer(indicator.responsibleUnit)
            copy.iku = template.catalogueCodes[indicator.id].flatMap { catalogue.entry($0)?.iku } ?? false
            return copy
        }
        var renstra = source.renstra
        if let plan = source.renstra {
            renstra?.vision = renamer(plan.vision)
            renstra?.missions = plan.missions.map { renamer($0) }
            renstra?.goals = plan.goals.map { Renstra.Goal(id: $0.id, statement: renamer($0.statement)) }
            renstra?.policies = plan.policies.map { renamer($0) }
        }
        base = OfficeYear(
            year: source.year,
            source: "Data sintetis nasional (bukan data sebenarnya), dibangkitkan dengan pola \(source.office.name) untuk \(office.name).",
            office: office.office, settings: source.settings, people: people,
            objectives: source.objectives.map { Objective(id: $0.id, statement: renamer($0.statement), goalId: $0.goalId) },
            indicators: indicators, renstra: renstra,
            analyses: source.analyses.map {
                IndicatorAnalysis(indicatorId: $0.indicatorId, actions: renamer($0.actions), obstacles: renamer($0.obstacles),
                                  solutions: renamer($0.solutions))
            })
        self.office = office
        self.template = template
        self.renamer = renamer
        performance = random.decimal(860...1060, scale: 3)
        absorption = random.decimal(930...995, scale: 3)
        areaWeights = office.office.areas.map { _ in random.int(3...10) }
    }

    /// The person with a role, for signatures.
    func person(_ role: Person.Role) -> Person? { base.people.first { $0.role == role } }
}
