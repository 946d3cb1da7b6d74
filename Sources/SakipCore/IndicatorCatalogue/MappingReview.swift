import Foundation

/// Every office indicator of one year against the national catalogue, as KPU RI reviews the mapping: each row with its
/// state (a suggestion waiting for a person, no match, mapped, declared not in the catalogue), grouped, counted and
/// paged. Built from a ``ConsolidationInput`` (summaries, offices, confirmed mapping); an office's indicator worded the
/// same way twice in one year is one row, since one decision covers both.
public struct MappingReview: Sendable {
    /// The four states a person works through.
    public enum Group: String, CaseIterable, Hashable, Sendable {
        case suggested = "usulan"
        case noMatch = "tanpa-padanan"
        case confirmed = "terpetakan"
        case notInCatalogue = "bukan-katalog"

        public init(_ state: MappingState) {
            switch state {
            case .suggested: self = .suggested
            case .noMatch: self = .noMatch
            case .confirmed: self = .confirmed
            case .notInCatalogue: self = .notInCatalogue
            }
        }

        /// "usulan menunggu konfirmasi", "tidak ada padanan", "terpetakan", "dinyatakan tidak ada di katalog".
        public var label: String {
            switch self {
            case .suggested: "usulan menunggu konfirmasi"
            case .noMatch: "tidak ada padanan"
            case .confirmed: "terpetakan"
            case .notInCatalogue: "dinyatakan tidak ada di katalog"
            }
        }
    }

    /// One office indicator of the year.
    public struct Row: Hashable, Sendable {
        public var office: OfficeMetadata
        public var indicatorId: String
        public var statement: String
        public var kind: IndicatorKind
        public var iku: Bool
        public var state: MappingState
        /// The stored decision (who and when), for a mapped or declared row.
        public var decision: IndicatorMapping.Decision?

        public var group: Group { Group(state) }

        /// The best suggestion of an undecided row.
        public var bestSuggestion: CatalogueSuggestion? {
            if case .suggested(let suggestions) = state { return suggestions.first }
            return nil
        }
    }

    /// Which rows a page shows: one province (its office and its Kab/Kota), one state; nil means all.
    public struct Filter: Hashable, Sendable {
        public var provinceCode: String?
        public var group: Group?

        public init(provinceCode: String? = nil, group: Group? = nil) {
            self.provinceCode = provinceCode
            self.group = group
        }

        func includes(_ office: OfficeMetadata) -> Bool {
            provinceCode.map { office.provinceCode == $0 } ?? true
        }
    }

    /// One page of rows, with the counts of every state under the province filter.
    public struct Page: Hashable, Sendable {
        public var rows: [Row]
        /// 1-based, within 1...pageCount.
        public var number: Int
        public var pageCount: Int
        public var pageSize: Int
        /// Rows passing the whole filter (province and state).
        public var total: Int
        /// Rows of each state passing the province filter.
        public var counts: [Group: Int]

        /// The position (1-based) of the page's first row among ``total``; 0 for an empty page.
        public var firstPosition: Int { rows.isEmpty ? 0 : (number - 1) * pageSize + 1 }
    }

    /// Rows per page: a national year has thousands of rows, and each row carries its forms (with the catalogue select).
    public static let defaultPageSize = 25

    public let year: Int
    /// Every row of the year, office by office (in the input's office order), in indicator order.
    public let rows: [Row]

    /// The rows of `year` of every office of the input. Suggestions are computed once per distinct wording and kind.
    public init(year: Int, input: ConsolidationInput) {
        self.year = year
        let matcher = input.matcher
        var cache: [String: [CatalogueSuggestion]] = [:]
        var rows: [Row] = []
        for office in input.offices {
            guard let summary = input.summary(office.code, year: year) else { continue }
            var seen = Set<String>()
            for line in summary.indicators where seen.insert(IndicatorText.key(line.statement)).inserted {
                let decision = input.mapping?.decision(officeCode: office.code, statement: line.statement)
                let state: MappingState
                if let decision {
                    state = decision.catalogueCode.map { .confirmed(code: $0) } ?? .notInCatalogue
                } else if input.mapping == nil, let code = line.catalogueCode {
                    state = .confirmed(code: code)
                } else {
                    let key = "\(line.kind.rawValue) " + IndicatorText.tokens(line.statement, officeName: summary.officeName).joined(separator: " ")
                    let suggestions = cache[key] ?? matcher.suggestions(for: line.statement, kind: line.kind, officeName: summary.officeName)
                    cache[key] = suggestions
                    state = suggestions.isEmpty ? .noMatch : .suggested(suggestions)
                }
                rows.append(Row(office: office, indicatorId: line.id, statement: line.statement, kind: line.kind, iku: line.iku,
                                state: state, decision: decision))
            }
        }
        self.rows = rows
    }

    /// The rows passing a filter, in order.
    public func rows(matching filter: Filter) -> [Row] {
        rows.filter { row in filter.includes(row.office) && (filter.group.map { $0 == row.group } ?? true) }
    }

    /// The rows of each state under a filter's province (its state is not applied), every state present (0 when none).
    public func counts(provinceCode: String?) -> [Group: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Group.allCases.map { ($0, 0) })
        let filter = Filter(provinceCode: provinceCode)
        for row in rows where filter.includes(row.office) { counts[row.group, default: 0] += 1 }
        return counts
    }

    /// The undecided rows under a province filter whose best suggestion is strong: what confirming every strong
    /// suggestion at once would confirm.
    public func strongCount(provinceCode: String?) -> Int {
        let filter = Filter(provinceCode: provinceCode)
        return rows.count { filter.includes($0.office) && $0.bestSuggestion?.strength == .strong }
    }

    /// Page `number` (1-based; clamped to the pages there are) of the rows passing `filter`.
    public func page(_ filter: Filter, number: Int, size: Int = MappingReview.defaultPageSize) -> Page {
        let size = max(size, 1)
        let matching = rows(matching: filter)
        let pageCount = max(1, (matching.count + size - 1) / size)
        let number = min(max(number, 1), pageCount)
        let start = (number - 1) * size
        let shown = Array(matching[min(start, matching.count)..<min(start + size, matching.count)])
        return Page(rows: shown, number: number, pageCount: pageCount, pageSize: size, total: matching.count,
                    counts: counts(provinceCode: filter.provinceCode))
    }

    /// The row of an office indicator of the year, by its id; nil when the office has no such indicator this year.
    public func row(officeCode: String, indicatorId: String) -> Row? {
        rows.first { $0.office.code == officeCode && $0.indicatorId == indicatorId }
    }
}

extension MappingReview {
    /// The decisions that confirm, in one act of `user`, every undecided indicator of `year` under a province filter
    /// whose best suggestion is strong (``IndicatorMapping/confirmingStrongSuggestions(for:matcher:by:on:)``), in
    /// office and indicator order; possible matches stay for a person to look at one by one.
    public static func strongConfirmations(year: Int, provinceCode: String?, input: ConsolidationInput, by user: String,
                                           on date: CalendarDate) -> [IndicatorMapping.Decision] {
        let filter = Filter(provinceCode: provinceCode)
        let summaries = input.offices.filter(filter.includes).compactMap { input.summary($0.code, year: year) }
        let mapping = input.mapping ?? IndicatorMapping()
        let (confirmed, added) = mapping.confirmingStrongSuggestions(for: summaries, matcher: input.matcher, by: user, on: date)
        // Confirming only adds decisions for undecided wordings: the new ones are the last `added`.
        return Array(confirmed.decisions.suffix(added))
    }
}
