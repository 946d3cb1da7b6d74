import Foundation

/// The national demo data: KPU RI, the 38 KPU Provinsi and 514 KPU Kabupaten/Kota, each with an office-year for
/// every year of the Renstra (2020–2024), generated from the shapes of the reference offices with varied values,
/// and a scenario per office-year (submission states and dates, injected review mistakes, reworded indicators).
///
/// Generation is deterministic: the same templates, seed and mix give the same bytes on every run
/// (``digest(includingOfficeYears:)``). Office-years are generated on demand, so the whole set never has to be held
/// in memory: ``forEachOfficeYear(_:)`` streams them office by office.
public struct NationalDataSet: Sendable {
    /// What to generate.
    public struct Configuration: Hashable, Sendable {
        public var seed: UInt64
        public var years: ClosedRange<Int>
        public var mix: ScenarioMix

        public init(seed: UInt64 = 20_240_214, years: ClosedRange<Int> = 2020...2024, mix: ScenarioMix = .standard) {
            self.seed = seed
            self.years = years
            self.mix = mix
        }
    }

    public let configuration: Configuration
    /// KPU RI, then each province followed by its Kab/Kota.
    public let offices: [NationalOffice]
    /// One per office and year, in office order then year order.
    public let scenarios: [OfficeYearScenario]
    /// The catalogue the mapping refers to.
    public let catalogue: IndicatorCatalogue
    /// Confirmed decisions for every office indicator worded as its template words it; reworded indicators have none.
    public let mapping: IndicatorMapping

    let templates: [NationalTemplate]
    let generator: OfficeYearGenerator
    /// Each office's template renamed, prepared once.
    let prepared: [PreparedOffice]
    private let scenarioIndex: [String: Int]
    private let officeIndex: [String: Int]

    /// Prepares the offices, the scenarios and the mapping (a fraction of a second); office-years come later, on demand.
    /// `templates` are the reference office-years (the corrected seeds), in a fixed order.
    public init(templates: [OfficeYear], catalogue: IndicatorCatalogue = .kpuDefault, configuration: Configuration = Configuration()) {
        let matcher = CatalogueMatcher(catalogue: catalogue)
        let prepared = templates.enumerated().map { NationalTemplate($0.element, index: $0.offset, matcher: matcher) }
        let generator = OfficeYearGenerator(seed: configuration.seed, years: configuration.years)
        let offices = NationalOffice.all(seed: configuration.seed, templates: templates)
        var slots: [ScenarioPlanner.Slot] = []
        var decisions: [IndicatorMapping.Decision] = []
        let confirmedOn = CalendarDate(year: configuration.years.upperBound + 1, month: 1, day: 6)
        let preparedOffices = offices.map {
            PreparedOffice(office: $0, template: prepared[$0.template], catalogue: catalogue, seed: configuration.seed)
        }
        for officeYears in preparedOffices {
            let office = officeYears.office
            let template = officeYears.template
            for year in configuration.years {
                slots.append(ScenarioPlanner.Slot(office: office, year: year,
                                                  applicableMistakes: generator.applicableMistakes(officeYears, year: year),
                                                  indicatorIds: OfficeYearGenerator.rewordable(template)))
            }
            for indicator in officeYears.base.indicators {
                guard let code = template.catalogueCodes[indicator.id] else { continue }
                decisions.append(.init(officeCode: office.code, statement: indicator.statement, catalogueCode: code,
                                       confirmedBy: "admin.kpu-ri", confirmedOn: confirmedOn))
            }
        }
        let scenarios = ScenarioPlanner(seed: configuration.seed, mix: configuration.mix).plan(slots)
        self.configuration = configuration
        self.offices = offices
        self.scenarios = scenarios
        self.catalogue = catalogue
        self.mapping = IndicatorMapping(decisions: decisions)
        self.templates = prepared
        self.generator = generator
        self.prepared = preparedOffices
        scenarioIndex = Dictionary(scenarios.enumerated().map { ("\($0.element.officeCode)|\($0.element.year)", $0.offset) },
                                   uniquingKeysWith: { first, _ in first })
        officeIndex = Dictionary(offices.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The offices as consolidation reads them.
    public var metadata: [OfficeMetadata] { offices.map(\.metadata) }

    /// The years generated.
    public var years: [Int] { Array(configuration.years) }

    public func office(_ code: String) -> NationalOffice? { officeIndex[code].map { offices[$0] } }

    public func scenario(officeCode: String, year: Int) -> OfficeYearScenario? {
        scenarioIndex["\(officeCode)|\(year)"].map { scenarios[$0] }
    }

    /// Every year of one office, oldest first (each year's history comes from the years before it).
    public func officeYears(of office: NationalOffice) -> [OfficeYear] {
        guard let position = officeIndex[office.code] else { return [] }
        let prepared = self.prepared[position]
        var earlier: [OfficeYearGenerator.YearFigures] = []
        var result: [OfficeYear] = []
        for year in configuration.years {
            let figures = generator.figures(prepared, year: year)
            result.append(generator.officeYear(prepared, figures: figures, earlier: earlier,
                                               scenario: scenario(officeCode: office.code, year: year)))
            earlier.append(figures)
        }
        return result
    }

    /// One office-year, generated on its own (its earlier years' figures are recomputed for its history).
    public func officeYear(officeCode: String, year: Int) -> OfficeYear? {
        guard let position = officeIndex[officeCode], configuration.years.contains(year) else { return nil }
        let prepared = self.prepared[position]
        let earlier = (configuration.years.lowerBound..<year).map { generator.figures(prepared, year: $0) }
        return generator.officeYear(prepared, figures: generator.figures(prepared, year: year), earlier: earlier,
                                    scenario: scenario(officeCode: officeCode, year: year))
    }

    /// Streams every office-year with its scenario, office by office, holding one office's years at a time.
    public func forEachOfficeYear(_ body: (OfficeYear, OfficeYearScenario) throws -> Void) rethrows {
        for office in offices {
            for officeYear in officeYears(of: office) {
                guard let scenario = scenario(officeCode: office.code, year: officeYear.year) else { continue }
                try body(officeYear, scenario)
            }
        }
    }

    /// Every office-year, generated on all cores; office order, then year order.
    public func allOfficeYears() -> [OfficeYear] {
        concurrentMap(count: offices.count) { officeYears(of: offices[$0]) }.flatMap { $0 ?? [] }
    }

    /// A SHA-256 over the offices, the scenarios, the mapping and (by default) every office-year's canonical JSON:
    /// equal digests mean equal data sets.
    public func digest(includingOfficeYears: Bool = true) -> String {
        var digest = SHA256Digest()
        for office in offices {
            digest.update("\(office.code)|\(office.name)|\(office.metadata.level.rawValue)|\(office.metadata.provinceCode ?? "")|\(office.template)|\(office.scale)\n")
        }
        for scenario in scenarios { digest.update(String(describing: scenario) + "\n") }
        digest.update(IndicatorCatalogueFile.write(mapping))
        if includingOfficeYears {
            for office in offices {
                for officeYear in officeYears(of: office) { digest.update(OfficeYearWriter.write(officeYear)) }
            }
        }
        return digest.finalHex()
    }
}
