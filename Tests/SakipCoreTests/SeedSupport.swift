import Foundation
import Testing
@testable import SakipCore

/// A seed read for a golden test: its file, its measurement, and lookups by id and code.
struct Seed {
    let file: OfficeYear
    let warnings: [LocatedIssue]
    let result: MeasurementResult

    init(_ name: String) throws {
        let read = try Fixtures.load(name)
        file = read.officeYear
        warnings = read.warnings
        result = read.officeYear.measure()
    }

    func row(_ indicatorId: String) -> IndicatorAchievement? { result.rows.first { $0.indicator.id == indicatorId } }

    func printedCapaian(_ indicatorId: String) -> String? {
        file.measurement.rows.first { $0.indicatorId == indicatorId }?.printedCapaian
    }

    func line(_ code: String) -> BudgetLine? { file.budget.tree.line(code: code) }

    /// Rounded, Indonesian: what a report shows.
    func shown(_ indicatorId: String) -> String? { row(indicatorId)?.achievement.display }

    /// Indicator ids whose printed capaian disagrees with the recomputation.
    var disagreeingCapaian: [String] {
        file.measurement.rows.compactMap { stated in
            guard let printed = stated.printedCapaian, let row = row(stated.indicatorId) else { return nil }
            if let exact = row.achievement.percent { return PrintedFigure.agrees(printed, with: exact) ? nil : stated.indicatorId }
            return PrintedFigure.percent(printed) == nil ? nil : stated.indicatorId
        }
    }

    /// Full codes of lines whose printed sisa or persen, or stated parent pagu/realisasi, disagree with the tree.
    var disagreeingBudgetLines: [String] {
        file.budget.tree.flattened.compactMap { line, _ in
            let figures = line.figures
            let printed = line.printed
            let wrong = (printed.pagu.map { $0 != figures.pagu } ?? false)
                || (printed.realisasi.map { $0 != figures.realisasi } ?? false)
                || (printed.sisa.map { $0 != figures.sisa } ?? false)
                || (printed.persen.map { text in figures.persen.map { !PrintedFigure.agrees(text, with: $0) } ?? true } ?? false)
            return wrong ? line.code.full : nil
        }
    }

    /// Budget claims whose persen disagrees with their own pagu and realisasi.
    var selfContradictingBudgetClaims: [String] {
        file.report.claims.compactMap { claim in
            guard let code = claim.budgetCode, let pagu = claim.pagu, let realisasi = claim.realisasi, let persen = claim.persen,
                  let exact = BudgetFigures(pagu: pagu, realisasi: realisasi).persen else { return nil }
            return PrintedFigure.agrees(persen, with: exact) ? nil : code.full
        }
    }

    /// Budget claims whose realisasi differs from the tree's line with the same code.
    var budgetClaimsAgainstTree: [String] {
        file.report.claims.compactMap { claim in
            guard let code = claim.budgetCode, let realisasi = claim.realisasi, let line = line(code.full) else { return nil }
            return line.figures.realisasi == realisasi ? nil : code.full
        }
    }
}
