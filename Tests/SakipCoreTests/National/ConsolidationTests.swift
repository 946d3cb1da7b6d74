import Foundation
import Testing
@testable import SakipCore

/// Summaries built by hand, so that each statistic is checked against figures worked out beside the test.
private enum Sample {
    static func office(_ code: String, province: String = "P1", level: Office.Level = .kabupatenKota) -> OfficeMetadata {
        OfficeMetadata(code: code, name: "KPU Kota \(code)", level: level, provinceCode: province, provinceName: "Provinsi \(province)",
                       parentCode: province)
    }

    static func line(_ id: String, _ statement: String, capaian: Decimal?, code: String? = nil) -> OfficeYearSummary.IndicatorRow {
        OfficeYearSummary.IndicatorRow(id: id, statement: statement, iku: false, kind: .percentage, polarity: .higherIsBetter, unit: nil,
                                       objectiveId: "S1", target: "80 %", realisation: capaian.map { "\($0) %" }, targetAmount: 80,
                                       realisationAmount: nil, computedFromModules: false,
                                       status: capaian == nil ? .notApplicable : .measured, reason: capaian == nil ? "tidak ada" : nil,
                                       capaian: capaian, category: capaian.flatMap { CategoryScale.kpuDefault.band(for: $0)?.label },
                                       catalogueCode: code)
    }

    static func summary(_ office: OfficeMetadata, year: Int = 2024, capaian: Decimal?, lines: [OfficeYearSummary.IndicatorRow] = [],
                        pagu: [(String, Decimal, Decimal)] = [], errors: Int = 0,
                        elections: [OfficeYearSummary.ElectionFigures] = []) -> OfficeYearSummary {
        let programs = pagu.map { OfficeYearSummary.BudgetTotals.Program(code: "076.01.\($0.0)", program: $0.0, name: "Program \($0.0)",
                                                                        pagu: $0.1, realisasi: $0.2, absorption: $0.1 == 0 ? nil : $0.2 / $0.1 * 100) }
        let total = programs.reduce((Decimal(0), Decimal(0))) { ($0.0 + $1.pagu, $0.1 + $1.realisasi) }
        return OfficeYearSummary(engineVersion: OfficeYearSummary.currentEngineVersion, officeCode: office.code, officeName: office.name,
                                 level: office.level, province: office.provinceName, parentCode: office.parentCode, year: year,
                                 capaian: capaian, category: capaian.flatMap { CategoryScale.kpuDefault.band(for: $0)?.label },
                                 indicatorMean: capaian, cappedAt100: false, indicatorCount: lines.count,
                                 measuredCount: lines.filter { $0.capaian != nil }.count, successCount: 0, objectives: [], indicators: lines,
                                 budget: .init(pagu: total.0, realisasi: total.1, absorption: total.0 == 0 ? nil : total.1 / total.0 * 100,
                                               programs: programs, agreedTotal: nil, revisionCount: 0),
                                 review: .init(errors: errors, warnings: 1, notes: 0, errorCodes: errors > 0 ? ["ARITH-CAPAIAN"] : [], warningCodes: []),
                                 elections: elections, logistics: nil)
    }

    static func election(_ kind: ElectionKind, date: String, male: Int, female: Int, votedMale: Int?, votedFemale: Int?) -> OfficeYearSummary.ElectionFigures {
        OfficeYearSummary.ElectionFigures(id: "e", name: "Pemilu \(date)", kind: kind, date: date, tps: (male + female) / 300, villages: 3,
                                          dptMale: male, dptFemale: female, participationBase: "DPT", registeredMale: male,
                                          registeredFemale: female, votedMale: votedMale, votedFemale: votedFemale,
                                          disabilityRegistered: 10, disabilityVoted: 7, firstTimeRegistered: nil, firstTimeVoted: nil)
    }
}

@Suite struct CapaianStatisticsTests {
    @Test func median_ofOddCount_isTheMiddleValue() {
        let statistics = CapaianStatistics([95, 80, 100])
        #expect(statistics.median == 95)
        #expect(statistics.minimum == 80 && statistics.maximum == 100 && statistics.count == 3)
        #expect(statistics.mean == d("275") / 3)
    }

    @Test func median_ofEvenCount_isTheExactMeanOfTheTwoMiddleValues() {
        #expect(CapaianStatistics([100, 80, 95, 90]).median == d("92.5"))
        #expect(CapaianStatistics([d("99.51"), d("88.61")]).median == d("94.06"))
    }

    @Test func empty_hasNoFigures() {
        let statistics = CapaianStatistics([])
        #expect(statistics.count == 0 && statistics.median == nil && statistics.mean == nil && statistics.minimum == nil)
    }

    @Test func ranks_areCompetitionRanks_highestFirst_tiesShareAndSkip() {
        #expect(CapaianStatistics.ranks([90, 100, nil, 95, 95]) == [4, 1, nil, 2, 2])
        #expect(CapaianStatistics.ranks([d("99.504"), d("99.505")]) == [2, 1], "exact values, not the rounded display")
    }

    @Test func distribution_countsEachKPUCategory_andTheUnmeasured() {
        let distribution = CategoryDistribution(capaian: [105, 100, d("90.5"), 90, 60, 10, nil])
        #expect(distribution.bins.map(\.label) == ["Sangat Berhasil", "Berhasil", "Cukup Berhasil", "Kurang Berhasil", "Tidak Berhasil"])
        #expect(distribution.bins.map(\.count) == [1, 2, 1, 1, 1])
        #expect(distribution.notMeasured == 1 && distribution.measured == 6)
        #expect(distribution.bins[1].range == "> 90 – 100")
    }
}

@Suite struct ConsolidationTests {
    let offices = (1...5).map { Sample.office("K\($0)") } + [Sample.office("P1", province: "P1", level: .provinsi), Sample.office("K9", province: "P2")]

    var input: ConsolidationInput {
        let participation = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
        let summaries = [
            Sample.summary(offices[0], capaian: 95, lines: [Sample.line("I1", participation, capaian: 95, code: "IKU-07")],
                           pagu: [("CQ", 1_000, 900), ("WA", 500, 500)],
                           elections: [Sample.election(.pemilu, date: "2024-02-14", male: 1_000, female: 1_000, votedMale: 800, votedFemale: 900)]),
            Sample.summary(offices[1], capaian: 100, lines: [Sample.line("I3", participation, capaian: 100, code: "IKU-07"),
                                                             Sample.line("I4", "Partisipasi pemilih (ulang)", capaian: 50, code: "IKU-07")],
                           pagu: [("CQ", 3_000, 2_400)], errors: 2,
                           elections: [Sample.election(.pemilu, date: "2024-02-14", male: 500, female: 500, votedMale: nil, votedFemale: nil)]),
            Sample.summary(offices[2], capaian: 80, lines: [Sample.line("I7", participation, capaian: 80, code: "IKU-07"),
                                                            Sample.line("I8", "Tingkat kehadiran warga di TPS", capaian: 70)]),
            Sample.summary(offices[3], capaian: nil, lines: [Sample.line("I7", participation, capaian: nil, code: "IKU-07")]),
            Sample.summary(offices[6], capaian: 60, lines: [Sample.line("I7", participation, capaian: 60, code: "IKU-07")]),
            Sample.summary(offices[0], year: 2023, capaian: 90),
        ]
        let statuses = [
            OfficeYearStatus(officeCode: "K1", year: 2024, pk: SubmissionStatus(state: .accepted, daysLate: 0),
                             lkj: SubmissionStatus(state: .returned, daysLate: 12)),
            OfficeYearStatus(officeCode: "K2", year: 2024, pk: SubmissionStatus(state: .submitted, daysLate: 3)),
        ]
        return ConsolidationInput(offices: offices, summaries: summaries, statuses: statuses)
    }

    @Test func statusBoard_listsEveryOffice_withStatesLatenessAndHeadlineFigures() {
        let rows = StatusBoard.rows(for: input.offices(matching: .kabupatenKota(of: "P1")), year: 2024, in: input)

        #expect(rows.map(\.office.code) == ["K1", "K2", "K3", "K4", "K5"])
        #expect(rows[0].pk?.state == .accepted && rows[0].lkj?.state == .returned && rows[0].daysLate == 12)
        #expect(rows[0].absorption == d("1400") / d("1500") * 100)
        #expect(rows[1].reviewErrors == 2 && rows[1].lkj == nil)
        #expect(rows[4].hasData == false && rows[4].capaian == nil)
        #expect(StatusBoard.stateCounts(rows, document: \.pk).first { $0.state == .draft }?.count == 3)
    }

    @Test func ikuComparison_ranksOfficesAndComputesTheStatistics() throws {
        let entry = try #require(IndicatorCatalogue.kpuDefault.entry("IKU-07"))

        let comparison = IndicatorComparison.build(entry: entry, year: 2024, offices: input.offices(matching: .kabupatenKota(of: "P1")), input: input)

        #expect(comparison.rows.map(\.office.code) == ["K2", "K1", "K3", "K4"])
        #expect(comparison.rows.map(\.rank) == [1, 2, 3, nil])
        #expect(comparison.statistics.median == 95 && comparison.statistics.minimum == 80 && comparison.statistics.maximum == 100)
        #expect(comparison.distribution.bins.map(\.count) == [0, 2, 1, 0, 0] && comparison.distribution.notMeasured == 1)
        #expect(comparison.duplicates.map(\.indicatorId) == ["I4"], "a second indicator of K2 is shown, not counted")
        #expect(comparison.officesWithout.isEmpty, "K5 has no summary, so it is neither compared nor missing the entry")
    }

    @Test func unmapped_isListedApart_withItsSuggestionState() {
        let unmapped = UnmappedIndicator.list(year: 2024, offices: input.offices(matching: .kabupatenKota(of: "P1")), input: input)

        #expect(unmapped.map(\.indicatorId) == ["I8"])
        #expect(unmapped.first?.state == .noMatch)
    }

    @Test func confirmedMapping_overridesStoredCodes() throws {
        let base = input
        let mapping = IndicatorMapping(decisions: [.init(officeCode: "K3", statement: "Tingkat kehadiran warga di TPS", catalogueCode: "IKU-07")])
        let mapped = ConsolidationInput(offices: base.offices, summaries: base.summaries, statuses: base.statuses, mapping: mapping)
        let entry = try #require(IndicatorCatalogue.kpuDefault.entry("IKU-07"))

        let comparison = IndicatorComparison.build(entry: entry, year: 2024, offices: mapped.offices(matching: .kabupatenKota(of: "P1")), input: mapped)

        #expect(comparison.rows.map(\.office.code) == ["K3"], "only confirmed decisions count once a mapping is given")
        #expect(comparison.rows.first?.capaian == 70)
        #expect(comparison.officesWithout.map(\.code) == ["K1", "K2", "K4"])
    }

    @Test func totals_sumBudgetPerProgram_andRecomputeParticipationFromCounts() {
        let totals = ConsolidatedTotals(input.offices(matching: .kabupatenKota(of: "P1")).compactMap { input.summary($0.code, year: 2024) })

        #expect(totals.offices == 4 && totals.pagu == 4_500 && totals.realisasi == 3_800)
        #expect(totals.programs.map(\.program) == ["CQ", "WA"])
        #expect(totals.programs[0].pagu == 4_000 && totals.programs[0].realisasi == 3_300 && totals.programs[0].offices == 2)
        let pemilu = totals.elections.first
        #expect(totals.elections.count == 1 && pemilu?.offices == 2 && pemilu?.dptTotal == 3_000)
        #expect(pemilu?.participation == d("1700") / d("2000") * 100, "the office without turnout is left out of the rate")
        #expect(pemilu?.disabilityParticipation == 70)
        #expect(totals.capaian.median == 95 && totals.officesWithErrors == 1 && totals.reviewErrors == 2)
    }

    @Test func province_consolidatesItsKabupatenKotaOnly() throws {
        let province = try #require(ProvinceConsolidation.build(provinceCode: "P1", year: 2024, input: input))

        #expect(province.province.level == .provinsi)
        #expect(province.statusBoard.count == 5 && province.summaries.count == 4)
        #expect(province.comparisons.count == IndicatorCatalogue.kpuDefault.ikuEntries.count)
        #expect(ProvinceConsolidation.build(provinceCode: "P9", year: 2024, input: input) == nil)
    }

    @Test func national_filtersByProvinceAndLevel_andTracesTheTrend() {
        let all = NationalConsolidation.build(year: 2024, input: input)
        #expect(all.provinces.map(\.province.code) == ["P1", "P2"])
        #expect(all.provinces[0].offices == 6 && all.provinces[0].withData == 4 && all.provinces[0].late == 2)
        #expect(all.provinces[0].pkAccepted == 1)
        #expect(all.trend.map(\.year) == [2023, 2024])
        #expect(all.trend[0].totals.capaian.median == 90 && all.trend[1].totals.capaian.median == 87.5)
        #expect(all.trend[1].ikuMedians["IKU-07"] == 87.5)
        #expect(all.trend[1].participation == d("1700") / d("2000") * 100)

        let filtered = NationalConsolidation.build(year: 2024, filter: ConsolidationFilter(provinceCodes: ["P2"]), input: input)
        #expect(filtered.statusBoard.map(\.office.code) == ["K9"])
        #expect(filtered.totals.capaian.median == 60)
        let provincesOnly = NationalConsolidation.build(year: 2024, filter: ConsolidationFilter(levels: [.provinsi]), input: input)
        #expect(provincesOnly.statusBoard.map(\.office.code) == ["P1"])
    }
}
