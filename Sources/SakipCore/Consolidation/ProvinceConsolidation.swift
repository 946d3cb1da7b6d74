import Foundation

/// A KPU Provinsi's consolidated view of its Kab/Kota for one year: the status board, the IKU comparison, the
/// unmapped indicators and the sums. The province page shows it; the XLSX export and the Provinsi's own LKj annex
/// print it.
public struct ProvinceConsolidation: Sendable {
    /// The KPU Provinsi.
    public var province: OfficeMetadata
    public var year: Int
    public var statusBoard: [StatusBoardRow]
    public var comparisons: [IndicatorComparison]
    public var unmapped: [UnmappedIndicator]
    public var totals: ConsolidatedTotals
    /// The Kab/Kota summaries of the year, in status board order, for per-office tables and drill-down.
    public var summaries: [OfficeYearSummary]

    /// Builds the view of the Kab/Kota under `provinceCode`; nil when the input has no such province office.
    public static func build(provinceCode: String, year: Int, input: ConsolidationInput, ikuOnly: Bool = true) -> ProvinceConsolidation? {
        guard let province = input.office(provinceCode) else { return nil }
        let offices = input.offices(matching: .kabupatenKota(of: provinceCode))
        let summaries = offices.compactMap { input.summary($0.code, year: year) }
        return ProvinceConsolidation(province: province, year: year,
                                     statusBoard: StatusBoard.rows(for: offices, year: year, in: input),
                                     comparisons: IndicatorComparison.all(year: year, offices: offices, input: input, ikuOnly: ikuOnly),
                                     unmapped: UnmappedIndicator.list(year: year, offices: offices, input: input),
                                     totals: ConsolidatedTotals(summaries), summaries: summaries)
    }
}

/// KPU RI's view across provinces for one year, with filters and the trend over the Renstra years.
public struct NationalConsolidation: Sendable {
    /// One province (or KPU RI itself) with the offices of the filter under it.
    public struct ProvinceRow: Hashable, Sendable {
        /// The KPU Provinsi (or KPU RI for the row of national offices).
        public var province: OfficeMetadata
        public var offices: Int
        public var withData: Int
        public var pkAccepted: Int
        public var lkjAccepted: Int
        /// Offices whose PK or LKj was submitted late.
        public var late: Int
        public var totals: ConsolidatedTotals
    }

    /// One year of the trend.
    public struct TrendPoint: Hashable, Sendable {
        public var year: Int
        public var totals: ConsolidatedTotals
        /// Σ voted / Σ registered over every election of the year with turnout; nil in a year without elections.
        public var participation: Decimal?
        /// The median capaian of each IKU entry across offices, by catalogue code.
        public var ikuMedians: [String: Decimal]
    }

    public var year: Int
    public var filter: ConsolidationFilter
    public var provinces: [ProvinceRow]
    public var statusBoard: [StatusBoardRow]
    public var comparisons: [IndicatorComparison]
    public var unmapped: [UnmappedIndicator]
    public var totals: ConsolidatedTotals
    public var trend: [TrendPoint]

    /// The national view of the offices passing `filter` in `year`; the trend covers `trendYears` (by default every
    /// year with summaries; pass an empty list to leave it out and compute it apart with ``trend(offices:years:input:ikuOnly:)``).
    public static func build(year: Int, filter: ConsolidationFilter = ConsolidationFilter(), input: ConsolidationInput,
                             ikuOnly: Bool = true, trendYears: [Int]? = nil) -> NationalConsolidation {
        let offices = input.offices(matching: filter)
        let board = StatusBoard.rows(for: offices, year: year, in: input)
        let summaries = offices.compactMap { input.summary($0.code, year: year) }
        let comparisons = IndicatorComparison.all(year: year, offices: offices, input: input, ikuOnly: ikuOnly)
        return NationalConsolidation(year: year, filter: filter, provinces: provinceRows(board, input: input), statusBoard: board,
                                     comparisons: comparisons, unmapped: UnmappedIndicator.list(year: year, offices: offices, input: input),
                                     totals: ConsolidatedTotals(summaries),
                                     trend: trend(offices: offices, years: trendYears ?? input.years, input: input, ikuOnly: ikuOnly))
    }

    private static func provinceRows(_ board: [StatusBoardRow], input: ConsolidationInput) -> [ProvinceRow] {
        var order: [String] = []
        var groups: [String: [StatusBoardRow]] = [:]
        for row in board {
            let key = row.office.provinceCode ?? ""
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        return order.map { key in
            let rows = groups[key] ?? []
            let province = input.office(key)
                ?? (key.isEmpty ? OfficeMetadata(code: "", name: "KPU RI", level: .ri)
                                : OfficeMetadata(code: key, name: rows.first?.office.provinceName ?? key, level: .provinsi, provinceCode: key))
            let summaries = rows.compactMap { input.summary($0.office.code, year: $0.year) }
            return ProvinceRow(province: province, offices: rows.count, withData: summaries.count,
                               pkAccepted: rows.filter { $0.pk?.state == .accepted }.count,
                               lkjAccepted: rows.filter { $0.lkj?.state == .accepted }.count,
                               late: rows.filter { ($0.pk?.isLate ?? false) || ($0.lkj?.isLate ?? false) }.count,
                               totals: ConsolidatedTotals(summaries))
        }
    }

    /// The trend of the offices over years: totals, participation and the median capaian of each IKU entry.
    public static func trend(offices: [OfficeMetadata], years: [Int], input: ConsolidationInput, ikuOnly: Bool) -> [TrendPoint] {
        let entries = ikuOnly ? input.catalogue.ikuEntries : input.catalogue.entries
        return years.sorted().map { year in
            let summaries = offices.compactMap { input.summary($0.code, year: year) }
            let totals = ConsolidatedTotals(summaries)
            let voted = totals.elections.reduce(0) { $0 + $1.voted }
            let registered = totals.elections.reduce(0) { $0 + $1.registeredWithTurnout }
            var medians: [String: Decimal] = [:]
            for entry in entries {
                var values: [Decimal] = []
                for summary in summaries {
                    if let capaian = input.lines(of: summary, mappedTo: entry.code).first?.capaian { values.append(capaian) }
                }
                medians[entry.code] = CapaianStatistics.median(sorted: values.sorted())
            }
            return TrendPoint(year: year, totals: totals, participation: OfficeYearSummary.ElectionFigures.rate(voted, registered),
                              ikuMedians: medians)
        }
    }
}
