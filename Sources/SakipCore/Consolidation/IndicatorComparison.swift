import Foundation

/// One catalogue entry compared across offices for one year: each office's target, realisation, capaian, category
/// and rank, with the median, minimum, maximum and the distribution over categories (rules in
/// ``CapaianStatistics``). Only indicators a person confirmed as this entry are compared; see ``UnmappedIndicator``.
public struct IndicatorComparison: Hashable, Sendable {
    /// One office's line.
    public struct Row: Hashable, Sendable {
        public var office: OfficeMetadata
        public var indicatorId: String
        public var statement: String
        public var target: String?
        public var realisation: String?
        public var targetAmount: Decimal?
        public var realisationAmount: Decimal?
        public var capaian: Decimal?
        public var category: String?
        public var status: OfficeYearSummary.MeasureStatus
        /// Competition rank among the offices with a capaian, 1 for the highest.
        public var rank: Int?
    }

    public var entry: CatalogueEntry
    public var year: Int
    /// Ranked rows first (best first, ties by office name), then rows without a capaian.
    public var rows: [Row]
    public var statistics: CapaianStatistics
    public var distribution: CategoryDistribution
    /// Further indicators of an office already in ``rows`` confirmed as the same entry: shown, not counted.
    public var duplicates: [Row]
    /// Offices with data for the year but no indicator confirmed as this entry.
    public var officesWithout: [OfficeMetadata]

    /// Compares one entry across `offices`.
    public static func build(entry: CatalogueEntry, year: Int, offices: [OfficeMetadata], input: ConsolidationInput) -> IndicatorComparison {
        var rows: [Row] = []
        var duplicates: [Row] = []
        var without: [OfficeMetadata] = []
        for office in offices {
            guard let summary = input.summary(office.code, year: year) else { continue }
            let mapped = input.lines(of: summary, mappedTo: entry.code)
            guard let first = mapped.first else {
                without.append(office)
                continue
            }
            rows.append(Row(office: office, line: first))
            duplicates += mapped.dropFirst().map { Row(office: office, line: $0) }
        }
        let ranks = CapaianStatistics.ranks(rows.map(\.capaian))
        for index in rows.indices { rows[index].rank = ranks[index] }
        rows.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.office.name < b.office.name
            }
        }
        return IndicatorComparison(entry: entry, year: year, rows: rows, statistics: CapaianStatistics(rows.compactMap(\.capaian)),
                                   distribution: CategoryDistribution(capaian: rows.map(\.capaian), scale: input.scale),
                                   duplicates: duplicates, officesWithout: without)
    }

    /// Compares every IKU entry of the catalogue (or every entry when `ikuOnly` is false).
    public static func all(year: Int, offices: [OfficeMetadata], input: ConsolidationInput, ikuOnly: Bool = true) -> [IndicatorComparison] {
        let entries = ikuOnly ? input.catalogue.ikuEntries : input.catalogue.entries
        return entries.map { build(entry: $0, year: year, offices: offices, input: input) }
    }
}

extension IndicatorComparison.Row {
    init(office: OfficeMetadata, line: OfficeYearSummary.IndicatorRow) {
        self.init(office: office, indicatorId: line.id, statement: line.statement, target: line.target, realisation: line.realisation,
                  targetAmount: line.targetAmount, realisationAmount: line.realisationAmount, capaian: line.capaian,
                  category: line.category, status: line.status, rank: nil)
    }
}

/// An office indicator not confirmed as any catalogue entry: it is listed apart, with what the matcher suggests,
/// and never counted in a comparison.
public struct UnmappedIndicator: Hashable, Sendable {
    public var office: OfficeMetadata
    public var year: Int
    public var indicatorId: String
    public var statement: String
    /// The office marks it IKU.
    public var iku: Bool
    public var kind: IndicatorKind
    public var state: MappingState

    /// The best suggestion, when the matcher has one.
    public var suggestion: CatalogueSuggestion? {
        if case .suggested(let suggestions) = state { return suggestions.first }
        return nil
    }

    /// Every unconfirmed indicator of the offices' summaries for a year, office by office in indicator order.
    /// Suggestions are computed once per distinct wording.
    public static func list(year: Int, offices: [OfficeMetadata], input: ConsolidationInput) -> [UnmappedIndicator] {
        let matcher = input.matcher
        var cache: [String: [CatalogueSuggestion]] = [:]
        var result: [UnmappedIndicator] = []
        for office in offices {
            guard let summary = input.summary(office.code, year: year) else { continue }
            for (row, code) in zip(summary.indicators, input.catalogueCodes(of: summary)) where code == nil {
                let decided = input.mapping?.decision(officeCode: office.code, statement: row.statement)
                let state: MappingState
                if decided != nil {
                    state = .notInCatalogue
                } else {
                    let key = "\(row.kind.rawValue) " + IndicatorText.tokens(row.statement, officeName: summary.officeName).joined(separator: " ")
                    let suggestions = cache[key] ?? matcher.suggestions(for: row.statement, kind: row.kind, officeName: summary.officeName)
                    cache[key] = suggestions
                    state = suggestions.isEmpty ? .noMatch : .suggested(suggestions)
                }
                result.append(UnmappedIndicator(office: office, year: year, indicatorId: row.id, statement: row.statement, iku: row.iku,
                                                kind: row.kind, state: state))
            }
        }
        return result
    }
}
