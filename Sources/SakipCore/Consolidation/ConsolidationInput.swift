import Foundation

/// What consolidation reads: the offices in scope, their summaries (any years), the submission states the
/// server keeps, the catalogue and the confirmed mapping. Lookups are indexed once, so that building a national
/// page stays linear in the number of offices.
public struct ConsolidationInput: Sendable {
    public let offices: [OfficeMetadata]
    public let summaries: [OfficeYearSummary]
    public let statuses: [OfficeYearStatus]
    public let catalogue: IndicatorCatalogue
    /// The confirmed mapping; nil to use the catalogue codes stored in the summaries.
    public let mapping: IndicatorMapping?
    /// The category scale of comparisons and distributions.
    public let scale: CategoryScale
    /// Suggests entries for unmapped indicators.
    public let matcher: CatalogueMatcher

    private let officeIndex: [String: Int]
    private let summaryIndex: [YearKey: Int]
    private let statusIndex: [YearKey: Int]
    /// The confirmed catalogue code of every indicator line, per summary, resolved once.
    private let codes: [[String?]]
    /// The same codes inverted: per summary, the line positions confirmed as each entry.
    private let positions: [[String: [Int]]]

    struct YearKey: Hashable, Sendable {
        var code: String
        var year: Int
    }

    /// Offices without metadata but with summaries are added from what their summaries say.
    public init(offices: [OfficeMetadata], summaries: [OfficeYearSummary], statuses: [OfficeYearStatus] = [],
                catalogue: IndicatorCatalogue = .kpuDefault, mapping: IndicatorMapping? = nil, scale: CategoryScale = .kpuDefault) {
        var offices = offices
        var officeIndex: [String: Int] = [:]
        for (index, office) in offices.enumerated() where officeIndex[office.code] == nil { officeIndex[office.code] = index }
        for summary in summaries where officeIndex[summary.officeCode] == nil {
            officeIndex[summary.officeCode] = offices.count
            offices.append(OfficeMetadata(summary))
        }
        var summaryIndex: [YearKey: Int] = [:]
        for (index, summary) in summaries.enumerated() { summaryIndex[YearKey(code: summary.officeCode, year: summary.year)] = index }
        var statusIndex: [YearKey: Int] = [:]
        for (index, status) in statuses.enumerated() { statusIndex[YearKey(code: status.officeCode, year: status.year)] = index }
        self.offices = offices
        self.summaries = summaries
        self.statuses = statuses
        self.catalogue = catalogue
        self.mapping = mapping
        self.scale = scale
        matcher = CatalogueMatcher(catalogue: catalogue)
        self.officeIndex = officeIndex
        self.summaryIndex = summaryIndex
        self.statusIndex = statusIndex
        let codes = summaries.map { summary in
            summary.indicators.map { row in mapping.map { $0.code(officeCode: summary.officeCode, statement: row.statement) } ?? row.catalogueCode }
        }
        self.codes = codes
        positions = codes.map { lineCodes in
            var byCode: [String: [Int]] = [:]
            for (position, code) in lineCodes.enumerated() { if let code { byCode[code, default: []].append(position) } }
            return byCode
        }
    }

    public func office(_ code: String) -> OfficeMetadata? { officeIndex[code].map { offices[$0] } }

    public func summary(_ officeCode: String, year: Int) -> OfficeYearSummary? {
        summaryIndex[YearKey(code: officeCode, year: year)].map { summaries[$0] }
    }

    public func status(_ officeCode: String, year: Int) -> OfficeYearStatus? {
        statusIndex[YearKey(code: officeCode, year: year)].map { statuses[$0] }
    }

    /// The confirmed catalogue code of each indicator line of a summary (the mapping's when one is given, else the
    /// codes stored in the summary), in line order.
    public func catalogueCodes(of summary: OfficeYearSummary) -> [String?] {
        // A summary of this input (the usual caller) has its codes resolved already.
        if let index = summaryIndex[YearKey(code: summary.officeCode, year: summary.year)], codes[index].count == summary.indicators.count {
            return codes[index]
        }
        return summary.indicators.map { row in mapping.map { $0.code(officeCode: summary.officeCode, statement: row.statement) } ?? row.catalogueCode }
    }

    /// The lines of a summary confirmed as a catalogue entry, in line order.
    public func lines(of summary: OfficeYearSummary, mappedTo code: String) -> [OfficeYearSummary.IndicatorRow] {
        if let index = summaryIndex[YearKey(code: summary.officeCode, year: summary.year)], codes[index].count == summary.indicators.count {
            return (positions[index][code] ?? []).map { summary.indicators[$0] }
        }
        return zip(summary.indicators, catalogueCodes(of: summary)).compactMap { $1 == code ? $0 : nil }
    }

    /// The offices that pass a filter, in input order.
    public func offices(matching filter: ConsolidationFilter) -> [OfficeMetadata] {
        offices.filter(filter.includes)
    }

    /// The years summaries exist for, ascending.
    public var years: [Int] { Array(Set(summaries.map(\.year))).sorted() }
}

/// Which offices a national page shows: provinces (by province code), levels; nil means all.
public struct ConsolidationFilter: Hashable, Sendable {
    public var provinceCodes: Set<String>?
    public var levels: Set<Office.Level>?

    public init(provinceCodes: Set<String>? = nil, levels: Set<Office.Level>? = nil) {
        self.provinceCodes = provinceCodes
        self.levels = levels
    }

    /// The Kab/Kota of one province (the province dashboard).
    public static func kabupatenKota(of provinceCode: String) -> ConsolidationFilter {
        ConsolidationFilter(provinceCodes: [provinceCode], levels: [.kabupatenKota])
    }

    public func includes(_ office: OfficeMetadata) -> Bool {
        if let levels, !levels.contains(office.level) { return false }
        if let provinceCodes {
            guard let code = office.provinceCode, provinceCodes.contains(code) else { return false }
        }
        return true
    }
}
