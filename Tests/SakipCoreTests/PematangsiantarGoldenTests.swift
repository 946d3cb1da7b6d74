import Foundation
import Testing
@testable import SakipCore

/// KPU Kota Pematangsiantar (satker 656024), LKj 2024 (seed 000): figures recomputed from the document.
@Suite struct PematangsiantarGoldenTests {
    let printed: Seed
    let corrected: Seed

    init() throws {
        printed = try Seed("pematangsiantar-2024")
        corrected = try Seed("pematangsiantar-2024-corrected")
    }

    @Test func office_isSatker656024() {
        #expect(printed.file.office.code == "656024")
        #expect(corrected.file.office.name == "KPU Kota Pematangsiantar")
    }

    @Test func budget_tablesAgreeWithThemselves() {
        for seed in [printed, corrected] {
            let total = seed.file.budget.tree.total
            #expect(total == BudgetFigures(pagu: 36_440_194_000, realisasi: 35_057_417_535))
            #expect(total.sisa == 1_382_776_465)
            #expect(total.persen.map { IndonesianFormat.percent($0) } == "96,21\u{00A0}%")
            #expect(seed.line("076.01.CQ")?.figures == BudgetFigures(pagu: 33_775_591_000, realisasi: 32_543_389_820))
            #expect(seed.line("076.01.WA")?.figures == BudgetFigures(pagu: 2_664_603_000, realisasi: 2_514_027_715))
            #expect(seed.disagreeingBudgetLines.isEmpty)
        }
        let printedTotal = printed.file.budget.printedTotal
        #expect(printedTotal.pagu == 36_440_194_000 && printedTotal.realisasi == 35_057_417_535)
    }

    @Test func output6870_is6613_notThePrinted6631() throws {
        let line = try #require(corrected.line("076.01.CQ.6870.QGE"))
        #expect(line.figures.persen.map { IndonesianFormat.percent($0) } == "66,13\u{00A0}%")
        let claim = try #require(printed.file.report.claims.first { $0.budgetCode?.full == "076.01.CQ.6870.QGE" })
        #expect(claim.persen == "66.31 %")
        #expect(printed.selfContradictingBudgetClaims.contains("076.01.CQ.6870.QGE"))
    }

    @Test func output6639Narrative_computesTo7310_notThePrinted7300() throws {
        let claim = try #require(printed.file.report.claims.first { $0.budgetCode?.full == "076.01.CQ.6639.BDB" })
        let exact = try #require(BudgetFigures(pagu: claim.pagu!, realisasi: claim.realisasi!).persen)
        #expect(IndonesianFormat.percent(exact) == "73,10\u{00A0}%")
        #expect(!PrintedFigure.agrees(claim.persen!, with: exact))
        #expect(printed.selfContradictingBudgetClaims.contains("076.01.CQ.6639.BDB"))
    }

    @Test func output6867Narrative_realisasiDiffersFromTabel33() throws {
        let claim = try #require(printed.file.report.claims.first { $0.budgetCode?.full == "076.01.CQ.6867.QGE" })
        #expect(claim.realisasi == 13_308_074_717)
        #expect(printed.line("076.01.CQ.6867.QGE")?.figures.realisasi == 13_155_812_217)
        #expect(printed.budgetClaimsAgainstTree.contains("076.01.CQ.6867.QGE"))
    }

    @Test func narrativeRows6872and6982_carryTheLabelOf6871() {
        let mislabelled = printed.file.report.claims.filter { claim in
            guard let code = claim.budgetCode, let label = claim.label else { return false }
            return code.kegiatan != "6871" && label.contains("6871")
        }
        #expect(Set(mislabelled.compactMap { $0.budgetCode?.kegiatan }) == ["6872", "6982"])
        #expect(!corrected.file.report.claims.contains { $0.budgetCode?.kegiatan != "6871" && ($0.label ?? "").contains("6871") })
    }

    @Test func correctedNarrative_agreesWithTheTables() {
        #expect(corrected.selfContradictingBudgetClaims.isEmpty)
        #expect(corrected.budgetClaimsAgainstTree.isEmpty)
    }

    @Test func participationTargetsOf0InAnElectionYear_areNotMeasured() throws {
        let pk = try #require(printed.file.governingAgreement)
        let zeroTargets = pk.rows.filter { $0.target.amount == 0 }
        #expect(zeroTargets.count == 3)
        for row in zeroTargets {
            let indicator = try #require(printed.file.indicator(row.indicatorId))
            #expect(indicator.statement.lowercased().contains("partisipasi"))
            guard case .notApplicable = CapaianCalculator.capaian(indicator: indicator, target: row.target, realisation: .percentage(70)) else {
                Issue.record("a target of 0 must not be divided by")
                continue
            }
        }
    }

    @Test func measuredIndicators_areNotThePKs_andPKIndicatorsAreNeverMeasured() throws {
        let pkIds = Set(try #require(printed.file.governingAgreement).rows.map(\.indicatorId))
        let measuredIds = Set(printed.file.measurement.rows.map(\.indicatorId))
        #expect(measuredIds.subtracting(pkIds).count == 8)
        #expect(pkIds.subtracting(measuredIds).count == 13)
        let correctedPk = Set(try #require(corrected.file.governingAgreement).rows.map(\.indicatorId))
        #expect(Set(corrected.file.measurement.rows.map(\.indicatorId)) == correctedPk)
    }

    @Test func renstraYear_2024IsTheFifthNotTheSecond() {
        #expect(printed.file.report.renstraYearNumber == 2)
        #expect(corrected.file.report.renstraYearNumber == 5)
    }

    @Test func measurement_correctedRowsAre100AndTheRestStateWhyNot() {
        let measured = corrected.result.rows.filter { $0.achievement.percent != nil }
        #expect(measured.map(\.indicator.id).sorted() == ["I14", "I3", "I9"])
        #expect(measured.allSatisfy { $0.achievement == .measured(100) })
        #expect(corrected.result.rows.filter { if case .notApplicable = $0.achievement { true } else { false } }.count == 11)
        #expect(corrected.disagreeingCapaian.isEmpty)
    }
}
