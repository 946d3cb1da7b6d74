import Foundation
import Testing
@testable import SakipCore

/// KPU Kabupaten Asahan, LKj 2024 (seed 001): figures recomputed from the document.
@Suite struct AsahanGoldenTests {
    let printed: Seed
    let corrected: Seed

    init() throws {
        printed = try Seed("asahan-2024")
        corrected = try Seed("asahan-2024-corrected")
    }

    @Test func participation_7463over75_is9951_notThePrinted9950() {
        for seed in [printed, corrected] {
            #expect(seed.row("I7")?.achievement.percent == d("74.63") / 75 * 100)
            #expect(seed.shown("I7") == "99,51\u{00A0}%")
        }
        #expect(printed.printedCapaian("I7") == "99,50 %")
        #expect(printed.disagreeingCapaian.contains("I7"))
    }

    @Test func notInDPT_isLowerIsBetter_andThePrinted1100IsCaught() throws {
        for seed in [printed, corrected] {
            #expect(seed.row("I10")?.indicator.polarity == .lowerIsBetter)
            #expect(seed.row("I10")?.achievement == .measured(0))
            #expect(seed.row("I10")?.category == "Tidak Berhasil")
        }
        let printedFigure = try #require(printed.printedCapaian("I10"))
        #expect(PrintedFigure.percent(printedFigure) == 1100)
        #expect(printed.disagreeingCapaian.contains("I10"))
        // 1.100 % is what higher-is-better gives: the document used the wrong polarity.
        let asIfHigher = CapaianCalculator.amounts(target: d("0.1"), actual: d("1.1"), polarity: .higherIsBetter)
        #expect(asIfHigher.percent.map { PrintedFigure.agrees(printedFigure, with: $0) } == true)
    }

    @Test func gradeIndicatorWithPercentRealisation_isRejectedAndWarnedAtItsPath() {
        guard case .rejected(let reason)? = printed.row("I4")?.achievement else {
            Issue.record("Nilai Akuntabilitas Kinerja \"B\" / \"100 %\" must be rejected")
            return
        }
        #expect(reason.contains("100\u{00A0}%"))
        #expect(printed.warnings.contains { $0.path == "$.measurement.rows[1].realisation" && $0.value == "100 %" })
        #expect(corrected.row("I4")?.achievement == .measured(100))
        #expect(corrected.warnings.isEmpty)
    }

    @Test func officeCapaian_isTheMeanOverSasaran_notThePrinted100() {
        // Exact up to Decimal's 38 digits: compare at 30 decimals.
        #expect(corrected.result.officeMean?.roundedHalfUp(scale: 30) == (d("154289113") / d("1688625")).roundedHalfUp(scale: 30))
        #expect(corrected.result.officeMean.map { IndonesianFormat.percent($0) } == "91,37\u{00A0}%")
        #expect(corrected.result.officeCategory == "Berhasil")
        let statedOffice = printed.file.measurement.printedOfficeCapaian ?? ""
        #expect(printed.result.officeMean.map { PrintedFigure.agrees(statedOffice, with: $0) } == false)
    }

    @Test func correctedFile_hasNoPrintedCapaianThatDisagrees() {
        #expect(corrected.disagreeingCapaian.isEmpty)
        #expect(Set(printed.disagreeingCapaian).isSuperset(of: ["I7", "I9", "I10"]))
    }

    @Test func budget_totalsAndEveryParentEqualTheSumOfItsChildren() throws {
        for seed in [printed, corrected] {
            let total = seed.file.budget.tree.total
            #expect(total == BudgetFigures(pagu: 83_389_671_000, realisasi: 83_098_081_692))
            #expect(total.sisa == 291_589_308)
            #expect(total.persen.map { IndonesianFormat.percent($0) } == "99,65\u{00A0}%")
            #expect(seed.line("076.01.CQ")?.figures == BudgetFigures(pagu: 81_023_066_000, realisasi: 80_765_609_923))
            #expect(seed.line("076.01.WA")?.figures == BudgetFigures(pagu: 2_366_605_000, realisasi: 2_332_471_769))
            #expect(seed.line("076.01.CQ.6709")?.figures.persen.map { IndonesianFormat.percent($0) } == "96,79\u{00A0}%")
            #expect(seed.line("076.01.CQ.6982")?.figures.persen.map { IndonesianFormat.percent($0) } == "56,16\u{00A0}%")
            // The seed's own Tabel 3.3 agrees with itself: every stated parent, sisa and persen recomputes.
            #expect(seed.disagreeingBudgetLines.isEmpty)
        }
        let statedParents = printed.file.budget.tree.flattened.filter { !$0.line.isLeaf && $0.line.printed.pagu != nil }
        #expect(statedParents.count == 12)
    }

    @Test func budget_paguSpelledOutAsTheReportDoes() {
        #expect(Terbilang.rupiah(corrected.file.budget.tree.total.pagu)
            == "delapan puluh tiga miliar tiga ratus delapan puluh sembilan juta enam ratus tujuh puluh satu ribu rupiah")
    }

    @Test func budgetHistory_2020to2023_beforeThisYearsTree() {
        let history = corrected.file.budget.history.sorted { $0.year < $1.year }
        #expect(history.map(\.year) == [2020, 2021, 2022, 2023])
        #expect(history.map { $0.figures.persen.map { IndonesianFormat.percent($0) } ?? "" }
            == ["68,40\u{00A0}%", "99,34\u{00A0}%", "98,98\u{00A0}%", "98,23\u{00A0}%"])
        #expect(history.first?.figures == BudgetFigures(pagu: 60_414_178_000, realisasi: 41_320_879_823))
        for entry in printed.file.budget.history {
            #expect(entry.printedPersen.map { PrintedFigure.agrees($0, with: entry.figures.persen!) } ?? true)
        }
    }

    @Test func pkProgramBudget_isComparedWithTheFinalPagu() {
        let rows = corrected.file.programBudgetComparison
        #expect(rows.compactMap(\.agreed).reduce(0, +) == 60_337_150_000)
        #expect(rows.compactMap(\.finalPagu).reduce(0, +) == 83_389_671_000)
        #expect(rows.first?.difference == 81_023_066_000 - 58_192_468_000 as Decimal)
    }

    @Test func renstraYearNumber_2024IsTheFifthYear() {
        #expect(corrected.file.renstra?.yearNumber(of: 2024) == 5)
        #expect(printed.file.report.renstraYearNumber == 3)
        #expect(corrected.file.report.renstraYearNumber == 5)
    }

    @Test func yearComparison_hasEarlierYearsAndTheRenstraFinalTarget() throws {
        let comparison = corrected.file.yearComparison()
        #expect(comparison.years == [2020, 2021, 2022, 2023])
        #expect(comparison.finalYear == 2024)
        let participation = try #require(comparison.rows.first { $0.indicator.id == "I7" })
        #expect(participation.earlier[2020]?.display == "86,94\u{00A0}%")
        #expect(participation.finalTarget == .percentage(70))
        #expect(participation.againstFinalTarget.display == "106,61\u{00A0}%")
    }
}
