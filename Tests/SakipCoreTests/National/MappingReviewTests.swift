import Foundation
import Testing
@testable import SakipCore

/// The review of the catalogue mapping: rows grouped by state, counted per province, paged, and the strong
/// suggestions a person confirms in one act.
@Suite struct MappingReviewTests {
    static func office(_ code: String, province: String) -> OfficeMetadata {
        OfficeMetadata(code: code, name: "KPU Kota \(code)", level: .kabupatenKota, provinceCode: province, provinceName: "Provinsi \(province)",
                       parentCode: province)
    }

    static func line(_ id: String, _ statement: String, kind: IndicatorKind = .percentage) -> OfficeYearSummary.IndicatorRow {
        OfficeYearSummary.IndicatorRow(id: id, statement: statement, iku: id == "I1", kind: kind, polarity: .higherIsBetter, unit: nil,
                                       objectiveId: "S1", target: "80 %", realisation: nil, targetAmount: 80, realisationAmount: nil,
                                       computedFromModules: false, status: .missing, reason: nil, capaian: nil, category: nil, catalogueCode: nil)
    }

    static func summary(_ office: OfficeMetadata, year: Int = 2024, _ lines: [OfficeYearSummary.IndicatorRow]) -> OfficeYearSummary {
        OfficeYearSummary(engineVersion: OfficeYearSummary.currentEngineVersion, officeCode: office.code, officeName: office.name,
                          level: office.level, province: office.provinceName, parentCode: office.parentCode, year: year,
                          capaian: nil, category: nil, indicatorMean: nil, cappedAt100: false, indicatorCount: lines.count,
                          measuredCount: 0, successCount: 0, objectives: [], indicators: lines,
                          budget: .init(pagu: 0, realisasi: 0, absorption: nil, programs: [], agreedTotal: nil, revisionCount: 0),
                          review: .init(errors: 0, warnings: 0, notes: 0, errorCodes: [], warningCodes: []), elections: [], logistics: nil)
    }

    static let strong = "Persentase penyampaian Kartu Kendali SPIP"
    static let unrelated = "Jumlah kunjungan wisata kuliner bahari"

    /// Offices A and B in province P1, C in P2: every state, and a wording repeated in one office-year.
    static func input(mapping: IndicatorMapping? = nil) -> ConsolidationInput {
        let a = office("A", province: "P1"), b = office("B", province: "P1"), c = office("C", province: "P2")
        let decisions = mapping ?? IndicatorMapping(decisions: [
            .init(officeCode: "A", statement: "Nilai Maturitas SPIP", catalogueCode: "IK-16", confirmedBy: "Rina", confirmedOn: CalendarDate(iso: "2025-01-06")),
            .init(officeCode: "A", statement: "Persentase kegiatan lokal", catalogueCode: nil, confirmedBy: "Rina", confirmedOn: CalendarDate(iso: "2025-01-06")),
        ])
        return ConsolidationInput(offices: [a, b, c], summaries: [
            summary(a, [line("I1", strong), line("I2", "Nilai Maturitas SPIP", kind: .index), line("I3", unrelated),
                        line("I4", "Persentase kegiatan lokal"), line("I5", strong.uppercased() + ".")]),
            summary(b, [line("I1", strong), line("I2", unrelated)]),
            summary(c, [line("I1", strong)]),
            summary(c, year: 2023, [line("I1", unrelated)]),
        ], mapping: decisions)
    }

    @Test func rows_areGroupedByState_oneRowPerWording_withTheDecisionsWhoAndWhen() {
        let review = MappingReview(year: 2024, input: Self.input())

        let groups = review.rows.map { "\($0.office.code) \($0.indicatorId) \($0.group.rawValue)" }

        #expect(groups == ["A I1 usulan", "A I2 terpetakan", "A I3 tanpa-padanan", "A I4 bukan-katalog",
                           "B I1 usulan", "B I2 tanpa-padanan", "C I1 usulan"])
        let confirmed = review.rows[1]
        #expect(confirmed.state == .confirmed(code: "IK-16"))
        #expect(confirmed.decision?.confirmedBy == "Rina")
        #expect(confirmed.decision?.confirmedOn == CalendarDate(iso: "2025-01-06"))
        #expect(review.rows[0].bestSuggestion?.code == "IK-15")
        #expect(review.rows[0].bestSuggestion?.strength == .strong)
        #expect(review.rows[2].bestSuggestion == nil)
        #expect(MappingReview.Group(review.rows[3].state).label == "dinyatakan tidak ada di katalog")
    }

    @Test func counts_followTheProvince_notTheState() {
        let review = MappingReview(year: 2024, input: Self.input())

        let all = review.counts(provinceCode: nil)
        let p1 = review.page(.init(provinceCode: "P1", group: .noMatch), number: 1)
        let p2 = review.counts(provinceCode: "P2")

        #expect(all == [.suggested: 3, .noMatch: 2, .confirmed: 1, .notInCatalogue: 1])
        #expect(p1.counts == [.suggested: 2, .noMatch: 2, .confirmed: 1, .notInCatalogue: 1])
        #expect(p1.total == 2)
        #expect(p1.rows.map(\.indicatorId) == ["I3", "I2"])
        #expect(p2 == [.suggested: 1, .noMatch: 0, .confirmed: 0, .notInCatalogue: 0])
        #expect(review.strongCount(provinceCode: nil) == 3)
        #expect(review.strongCount(provinceCode: "P2") == 1)
    }

    @Test func pages_haveAFixedSize_andClampTheirNumber() {
        let review = MappingReview(year: 2024, input: Self.input())

        let first = review.page(.init(), number: 1, size: 3)
        let last = review.page(.init(), number: 3, size: 3)
        let beyond = review.page(.init(), number: 99, size: 3)
        let before = review.page(.init(), number: -4, size: 3)
        let empty = review.page(.init(provinceCode: "P9"), number: 2, size: 3)

        #expect(first.rows.count == 3 && first.pageCount == 3 && first.total == 7 && first.firstPosition == 1)
        #expect(last.rows.map { "\($0.office.code) \($0.indicatorId)" } == ["C I1"])
        #expect(last.firstPosition == 7)
        #expect(beyond.number == 3 && beyond.rows == last.rows)
        #expect(before.number == 1 && before.rows == first.rows)
        #expect(empty.rows.isEmpty && empty.pageCount == 1 && empty.number == 1 && empty.firstPosition == 0)
        #expect(MappingReview.defaultPageSize <= 50)
    }

    @Test func strongConfirmations_confirmOnlyStrongUndecidedRows_ofTheFilter() {
        let input = Self.input()

        let all = MappingReview.strongConfirmations(year: 2024, provinceCode: nil, input: input, by: "Admin Nasional", on: CalendarDate(iso: "2025-02-03")!)
        let p2 = MappingReview.strongConfirmations(year: 2024, provinceCode: "P2", input: input, by: "Admin Nasional", on: CalendarDate(iso: "2025-02-03")!)

        #expect(all.map { "\($0.officeCode) \($0.catalogueCode ?? "-")" } == ["A IK-15", "B IK-15", "C IK-15"])
        #expect(all.allSatisfy { $0.confirmedBy == "Admin Nasional" && $0.confirmedOn == CalendarDate(iso: "2025-02-03") && $0.statement == Self.strong })
        #expect(p2.map(\.officeCode) == ["C"])
        // Once confirmed, the rows are mapped and nothing is left to confirm.
        var mapping = input.mapping ?? IndicatorMapping()
        for decision in all { mapping.record(decision) }
        let after = MappingReview(year: 2024, input: Self.input(mapping: mapping))
        #expect(after.counts(provinceCode: nil) == [.suggested: 0, .noMatch: 2, .confirmed: 4, .notInCatalogue: 1])
        #expect(MappingReview.strongConfirmations(year: 2024, provinceCode: nil, input: Self.input(mapping: mapping), by: "x", on: CalendarDate(iso: "2025-02-03")!).isEmpty)
    }

    @Test func rowsOfAnotherYear_areNotMixedIn() {
        let review = MappingReview(year: 2023, input: Self.input())

        #expect(review.rows.map { "\($0.office.code) \($0.group.rawValue)" } == ["C tanpa-padanan"])
        #expect(review.row(officeCode: "C", indicatorId: "I1")?.statement == Self.unrelated)
        #expect(review.row(officeCode: "A", indicatorId: "I1") == nil)
    }
}
