import Foundation
import Testing
@testable import SakipCore

/// KPU Kota Pagar Alam, LKj 2024 (seed 002): figures recomputed from the document.
@Suite struct PagarAlamGoldenTests {
    let printed: Seed
    let corrected: Seed

    init() throws {
        printed = try Seed("pagaralam-2024")
        corrected = try Seed("pagaralam-2024-corrected")
    }

    @Test func revisionCount_isLowerIsBetter_10target15actual_is50_notThePrinted150() {
        for seed in [printed, corrected] {
            #expect(seed.row("I1")?.indicator.polarity == .lowerIsBetter)
            #expect(seed.row("I1")?.achievement == .measured(50))
        }
        #expect(printed.printedCapaian("I1") == "150%")
        #expect(printed.disagreeingCapaian.contains("I1"))
    }

    @Test func closingChapterClaim_12kali100_disagreesWithTheData() throws {
        let claim = try #require(printed.file.report.claims.first { $0.indicatorId == "I1" && $0.location.contains("BAB IV") })
        #expect(claim.realisation == "12 kali")
        let measured = try #require(printed.row("I1")?.realisation)
        #expect(try MeasureValue.parse(claim.realisation!) != measured)
        // Even 12 kali would be 80 %, not the printed 100 %.
        let indicator = printed.row("I1")!.indicator
        let asClaimed = CapaianCalculator.capaian(indicator: indicator, target: try MeasureValue.parse("10 kali"),
                                                  realisation: try MeasureValue.parse("12 kali"))
        #expect(asClaimed == .measured(80))
        #expect(printed.file.budget.revisions.revisionCount == 15)
    }

    @Test func truncatedCapaian_areRoundedHalfUp() {
        #expect(corrected.shown("I18") == "96,67\u{00A0}%")   // 87 / 90
        #expect(printed.shown("I17") == "98,95\u{00A0}%")     // 94 / 95, printed "98%"
        #expect(corrected.shown("I20") == "97,70\u{00A0}%")
        #expect(corrected.shown("I21") == "98,97\u{00A0}%")
        #expect(corrected.shown("I25") == "97,50\u{00A0}%")
        #expect(corrected.shown("I29") == "96,94\u{00A0}%")
        #expect(Set(printed.disagreeingCapaian) == ["I1", "I17", "I18", "I20", "I21", "I25", "I29"])
        #expect(corrected.disagreeingCapaian.isEmpty)
    }

    @Test func officeCapaian_correctedOverTheAgreedIndicators() {
        #expect(corrected.result.rows.count == 26)
        #expect(corrected.result.officeMean.map { IndonesianFormat.percent($0) } == "95,82\u{00A0}%")
        #expect(corrected.result.officeCategory == "Berhasil")
    }

    @Test func indicatorCountClaim_32_disagreesWithTheTable() throws {
        let claim = try #require(printed.file.report.claims.first { $0.countOf == .indicators })
        #expect(claim.count == 32)
        #expect(printed.result.rows.count == 29)
        #expect(corrected.file.report.claims.first { $0.countOf == .indicators }?.count == corrected.result.rows.count)
    }

    @Test func budget_programsAndTotal() {
        for seed in [printed, corrected] {
            #expect(seed.line("076.01.CQ")?.figures == BudgetFigures(pagu: 30_424_353_000, realisasi: 30_398_245_245))
            #expect(seed.line("076.01.WA")?.figures == BudgetFigures(pagu: 2_929_494_000, realisasi: 2_925_192_762))
            let total = seed.file.budget.tree.total
            #expect(total == BudgetFigures(pagu: 33_353_847_000, realisasi: 33_323_438_007))
            #expect(total.sisa == 30_408_993)
            #expect(total.persen.map { IndonesianFormat.percent($0) } == "99,91\u{00A0}%")
            #expect(seed.disagreeingBudgetLines.isEmpty)
        }
        // The sentence before Tabel 3.4 states Rp 33.323.438.000: 7 rupiah short of the table's sum.
        #expect(printed.file.budget.printedTotal.realisasi == 33_323_438_000)
        #expect(printed.file.budget.printedTotal.realisasi != printed.file.budget.tree.total.realisasi)
        #expect(corrected.file.budget.printedTotal.realisasi == corrected.file.budget.tree.total.realisasi)
    }

    @Test func dipaRevisions_fifteen_andRevision1DatedBeforeTheDIPAIsCaught() {
        #expect(printed.file.budget.revisions.revisionCount == 15)
        let problems = printed.file.budget.revisions.orderProblems
        #expect(problems.map(\.revision.number) == [1])
        #expect(problems.first?.description.contains("13 Februari 2023") == true)
        #expect(problems.first?.description.contains("24 November 2023") == true)
        #expect(corrected.file.budget.revisions.orderProblems.isEmpty)
        #expect(corrected.file.budget.revisions.latest?.total == corrected.file.budget.tree.total.pagu)
    }

    @Test func regionalGrant_paidIn40and60PercentTranches() throws {
        let grant = try #require(corrected.file.budget.grants.first)
        #expect(grant.total == 20_118_519_770)
        #expect(grant.paid == grant.total)
        #expect(grant.tranches.map { grant.share(of: $0) } == [40, 60])
        #expect(grant.tranches.map(\.statedPercent) == [40, 60])
    }
}
