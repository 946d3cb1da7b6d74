import Foundation

/// A sisa and/or persen a document states for a budget row, with the pagu and realisasi it must follow
/// from. Gathered from the DIPA tree, the grand total, earlier years and the budget claims.
struct StatedBudgetFigure: Sendable {
    var table: String
    var row: String?
    /// The figures the stated sisa and persen must follow from.
    var basis: BudgetFigures
    var sisa: Decimal?
    var sisaPath: String
    var persen: String?
    var persenPath: String

    func place(field: String, path: String) -> ReviewPlace { ReviewPlace(table: table, row: row, field: field, path: path) }
}

/// A budget line of the DIPA tree with its JSON path.
struct LocatedBudgetLine: Sendable {
    var line: BudgetLine
    var path: String
}

extension ReviewContext {
    /// Every line of the DIPA tree, depth first, with its path ("$.budget.lines[0].children[2]").
    var locatedBudgetLines: [LocatedBudgetLine] {
        func visit(_ line: BudgetLine, _ path: String) -> [LocatedBudgetLine] {
            [LocatedBudgetLine(line: line, path: path)]
                + line.children.enumerated().flatMap { visit($1, "\(path).children[\($0)]") }
        }
        return officeYear.budget.tree.lines.enumerated().flatMap { visit($1, "$.budget.lines[\($0)]") }
    }

    /// The budget table's name in findings.
    static let budgetTable = "Tabel realisasi anggaran"

    /// Every stated sisa/persen with its basis.
    var statedBudgetFigures: [StatedBudgetFigure] {
        let budget = officeYear.budget
        var out: [StatedBudgetFigure] = []
        for located in locatedBudgetLines {
            let line = located.line
            out.append(StatedBudgetFigure(table: Self.budgetTable, row: "\(line.code.full) \(line.name)", basis: line.figures,
                                          sisa: line.printed.sisa, sisaPath: "\(located.path).printed.sisa",
                                          persen: line.printed.persen, persenPath: "\(located.path).printed.persen"))
        }
        if !budget.tree.lines.isEmpty {
            out.append(StatedBudgetFigure(table: Self.budgetTable, row: "Jumlah", basis: budget.tree.total,
                                          sisa: budget.printedTotal.sisa, sisaPath: "$.budget.printedTotal.sisa",
                                          persen: budget.printedTotal.persen, persenPath: "$.budget.printedTotal.persen"))
        }
        for (index, year) in budget.history.enumerated() {
            out.append(StatedBudgetFigure(table: "Riwayat anggaran", row: "Tahun \(year.year)", basis: year.figures,
                                          sisa: nil, sisaPath: "", persen: year.printedPersen,
                                          persenPath: "$.budget.history[\(index)].printedPersen"))
        }
        for (index, claim) in officeYear.report.claims.enumerated() where claim.indicatorId == nil {
            guard claim.sisa != nil || claim.persen != nil, let basis = claimBasis(claim) else { continue }
            out.append(StatedBudgetFigure(table: claim.location, row: claim.label ?? claim.budgetCode?.full, basis: basis,
                                          sisa: claim.sisa, sisaPath: "$.report.claims[\(index)].sisa",
                                          persen: claim.persen, persenPath: "$.report.claims[\(index)].persen"))
        }
        return out
    }

    /// What a budget claim's sisa and persen must follow from: its own pagu and realisasi when it states
    /// both (a row must agree with itself), else its line, else (no code) the grand total.
    func claimBasis(_ claim: Claim) -> BudgetFigures? {
        if let pagu = claim.pagu, let realisasi = claim.realisasi { return BudgetFigures(pagu: pagu, realisasi: realisasi) }
        if let code = claim.budgetCode { return officeYear.budget.tree.line(code: code.full)?.figures }
        return officeYear.budget.tree.lines.isEmpty ? nil : officeYear.budget.tree.total
    }
}
