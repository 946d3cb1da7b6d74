import Foundation

/// Everything of one office for one year: the content of an office-year file (docs/office-year-format.md).
public struct OfficeYear: Hashable, Sendable {
    /// The file format's name and the version this library reads and writes.
    public static let formatName = "sakip-office-year"
    public static let formatVersion = 1

    public var year: Int
    public var source: String?
    /// True when the file holds only part of a document (an excerpt: the executive summary's table, a PK's
    /// first page). The review then checks what is there and does not report the parts that are not.
    public var partial: Bool
    public var office: Office
    public var settings: MeasurementSettings
    public var people: [Person]
    public var objectives: [Objective]
    public var indicators: [Indicator]
    public var renstra: Renstra?
    public var annualPlan: AnnualPlan?
    public var agreements: [PerformanceAgreement]
    public var actionPlan: [ActionPlanRow]
    public var realisations: [QuarterlyRealisation]
    public var measurement: MeasurementTable
    public var indicatorHistory: [IndicatorHistoryEntry]
    public var analyses: [IndicatorAnalysis]
    public var budget: Budget
    public var report: ReportInfo
    /// Elections with their DPT recap and turnout (key `elections`).
    public var elections: [ElectionEvent]
    /// Logistics receipt, sorting and distribution (key `logistics`).
    public var logistics: Logistics?
    /// Indicators whose realisation is computed from `elections` or `logistics` (key `bindings`).
    public var bindings: [IndicatorBinding]

    public init(year: Int, source: String? = nil, partial: Bool = false, office: Office, settings: MeasurementSettings = .kpuDefault,
                people: [Person] = [], objectives: [Objective] = [], indicators: [Indicator] = [],
                renstra: Renstra? = nil, annualPlan: AnnualPlan? = nil, agreements: [PerformanceAgreement] = [],
                actionPlan: [ActionPlanRow] = [], realisations: [QuarterlyRealisation] = [],
                measurement: MeasurementTable = MeasurementTable(), indicatorHistory: [IndicatorHistoryEntry] = [],
                analyses: [IndicatorAnalysis] = [], budget: Budget = Budget(), report: ReportInfo = ReportInfo(),
                elections: [ElectionEvent] = [], logistics: Logistics? = nil, bindings: [IndicatorBinding] = []) {
        self.year = year
        self.source = source
        self.partial = partial
        self.office = office
        self.settings = settings
        self.people = people
        self.objectives = objectives
        self.indicators = indicators
        self.renstra = renstra
        self.annualPlan = annualPlan
        self.agreements = agreements
        self.actionPlan = actionPlan
        self.realisations = realisations
        self.measurement = measurement
        self.indicatorHistory = indicatorHistory
        self.analyses = analyses
        self.budget = budget
        self.report = report
        self.elections = elections
        self.logistics = logistics
        self.bindings = bindings
    }

    /// The indicator with an id.
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    /// The sasaran with an id.
    public func objective(_ id: String) -> Objective? { objectives.first { $0.id == id } }

    /// The person with an id.
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
}

/// The year's measurement table as the office states it; empty rows mean "measure the current PK".
public struct MeasurementTable: Hashable, Sendable {
    /// One measured row. Target and realisation fall back to the PK and the quarterly realisations.
    public struct Row: Hashable, Sendable {
        public var objectiveId: String?
        public var indicatorId: String
        public var target: MeasureValue?
        public var realisation: MeasureValue?
        public var notApplicableReason: String?
        /// The capaian and category a document printed, kept to be checked.
        public var printedCapaian: String?
        public var printedCategory: String?

        public init(objectiveId: String? = nil, indicatorId: String, target: MeasureValue? = nil, realisation: MeasureValue? = nil,
                    notApplicableReason: String? = nil, printedCapaian: String? = nil, printedCategory: String? = nil) {
            self.objectiveId = objectiveId
            self.indicatorId = indicatorId
            self.target = target
            self.realisation = realisation
            self.notApplicableReason = notApplicableReason
            self.printedCapaian = printedCapaian
            self.printedCategory = printedCategory
        }
    }

    public var rows: [Row]
    public var printedOfficeCapaian: String?
    public var printedOfficeCategory: String?

    public init(rows: [Row] = [], printedOfficeCapaian: String? = nil, printedOfficeCategory: String? = nil) {
        self.rows = rows
        self.printedOfficeCapaian = printedOfficeCapaian
        self.printedOfficeCategory = printedOfficeCategory
    }
}

/// The office's narrative for one indicator (PermenPANRB 53/2014 BAB III.A).
public struct IndicatorAnalysis: Hashable, Sendable {
    public var indicatorId: String
    public var actions: String?
    public var obstacles: String?
    public var solutions: String?

    public init(indicatorId: String, actions: String? = nil, obstacles: String? = nil, solutions: String? = nil) {
        self.indicatorId = indicatorId
        self.actions = actions
        self.obstacles = obstacles
        self.solutions = solutions
    }
}

/// The LKj's signature data and the figures it states outside its main tables.
public struct ReportInfo: Hashable, Sendable {
    public var place: String?
    public var date: CalendarDate?
    public var signatoryId: String?
    /// "Tahun ke N" of the Renstra, as written.
    public var renstraYearNumber: Int?
    public var claims: [Claim]
    /// Every finalisation of the LKj, oldest first (``OfficeYear/isReportFinal``).
    public var finalisations: [ReportFinalisation]

    public init(place: String? = nil, date: CalendarDate? = nil, signatoryId: String? = nil, renstraYearNumber: Int? = nil,
                claims: [Claim] = [], finalisations: [ReportFinalisation] = []) {
        self.place = place
        self.date = date
        self.signatoryId = signatoryId
        self.renstraYearNumber = renstraYearNumber
        self.claims = claims
        self.finalisations = finalisations
    }
}

/// A figure a document states in its narrative or a secondary table, kept to be checked against the data.
public struct Claim: Hashable, Sendable {
    /// What a count claim counts.
    public enum CountOf: String, CaseIterable, Sendable { case indicators, objectives, revisions, staff }

    /// What a year written in the text is the year of; each must be the report's year, or the next one for
    /// the next year's PK that an LKj attaches.
    public enum YearOf: String, CaseIterable, Sendable {
        /// The report itself: its cover, title or footer ("Laporan Kinerja … Tahun 2023").
        case report
        /// The PK the report measures ("Perjanjian Kinerja Tahun 2023").
        case agreement
        /// The RKT, as the PK section names it ("RKT Tahun 2023").
        case plan
        /// The budget (APBN, DIPA) the report accounts for.
        case budget
        /// The next year's PK attached to the report ("Penetapan Kinerja Tahun 2024").
        case nextAgreement

        /// "laporan", "Perjanjian Kinerja" …: what the year is stated for, in a sentence.
        public var label: String {
            switch self {
            case .report: "laporan"
            case .agreement: "Perjanjian Kinerja"
            case .plan: "Rencana Kinerja Tahunan"
            case .budget: "anggaran"
            case .nextAgreement: "Perjanjian Kinerja tahun berikutnya"
            }
        }
    }

    public var location: String
    public var text: String?
    public var indicatorId: String?
    public var budgetCode: BudgetCode?
    public var label: String?
    public var target: String?
    public var realisation: String?
    public var capaian: String?
    public var category: String?
    public var pagu: Decimal?
    public var realisasi: Decimal?
    public var sisa: Decimal?
    public var persen: String?
    public var count: Int?
    public var countOf: CountOf?
    /// For a staff count: the group counted ("PNS", "PPPK", "S1", "III/a"); nil counts all staff.
    public var group: String?
    /// A year written in the text, with what it is the year of.
    public var year: Int?
    public var yearOf: YearOf?
    /// A "tahun ke N" of the Renstra written in this place.
    public var renstraYearNumber: Int?
    /// Amounts printed here that cannot be read ("Rp 1.2.3"), by key (`pagu`, `realisasi`, `sisa`), kept as typed.
    public var unreadable: [String: String]

    public init(location: String, text: String? = nil, indicatorId: String? = nil, budgetCode: BudgetCode? = nil,
                label: String? = nil, target: String? = nil, realisation: String? = nil, capaian: String? = nil,
                category: String? = nil, pagu: Decimal? = nil, realisasi: Decimal? = nil, sisa: Decimal? = nil,
                persen: String? = nil, count: Int? = nil, countOf: CountOf? = nil, group: String? = nil,
                year: Int? = nil, yearOf: YearOf? = nil, renstraYearNumber: Int? = nil, unreadable: [String: String] = [:]) {
        self.location = location
        self.text = text
        self.indicatorId = indicatorId
        self.budgetCode = budgetCode
        self.label = label
        self.target = target
        self.realisation = realisation
        self.capaian = capaian
        self.category = category
        self.pagu = pagu
        self.realisasi = realisasi
        self.sisa = sisa
        self.persen = persen
        self.count = count
        self.countOf = countOf
        self.group = group
        self.year = year
        self.yearOf = yearOf
        self.renstraYearNumber = renstraYearNumber
        self.unreadable = unreadable
    }
}
