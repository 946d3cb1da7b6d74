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
    /// The paths of the row's own pagu and realisasi when they are its basis (a claim checked against itself):
    /// each may hold the mistake instead of the sisa or persen.
    var ownAmountPaths: (pagu: String, realisasi: String)? = nil

    func place(field: String, path: String) -> ReviewPlace { ReviewPlace(table: table, row: row, field: field, path: path) }

    /// The row's own pagu or realisasi that would make a printed sisa right.
    func alternatives(forSisa sisa: Decimal) -> [ReviewAlternative] {
        guard let paths = ownAmountPaths else { return [] }
        return [ReviewAlternative(place: place(field: "pagu", path: paths.pagu), expected: ReviewText.rupiah(basis.realisasi + sisa)),
                ReviewAlternative(place: place(field: "realisasi", path: paths.realisasi), expected: ReviewText.rupiah(basis.pagu - sisa))]
    }

    /// The row's own pagu or realisasi that would make a printed persen right, about (a persen is rounded).
    func alternatives(forPersen persen: String) -> [ReviewAlternative] {
        guard let paths = ownAmountPaths, let value = PrintedFigure.percent(persen), value != 0 else { return [] }
        let pagu = (basis.realisasi * 100 / value).roundedHalfUp(scale: 0)
        let realisasi = (basis.pagu * value / 100).roundedHalfUp(scale: 0)
        return [ReviewAlternative(place: place(field: "pagu", path: paths.pagu), expected: "sekitar \(ReviewText.rupiah(pagu))"),
                ReviewAlternative(place: place(field: "realisasi", path: paths.realisasi), expected: "sekitar \(ReviewText.rupiah(realisasi))")]
    }
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

    /// Every stated sisa/persen that no budget row reconciles, with the figures it must follow from: earlier
    /// years, and narrative claims that name no line of the tree (an RO below it, or a total).
    var statedBudgetFigures: [StatedBudgetFigure] {
        let budget = officeYear.budget
        var out: [StatedBudgetFigure] = []
        for (index, year) in budget.history.enumerated() {
            out.append(StatedBudgetFigure(table: "Riwayat anggaran", row: "Tahun \(year.year)", basis: year.figures,
                                          sisa: nil, sisaPath: "", persen: year.printedPersen,
                                          persenPath: "$.budget.history[\(index)].printedPersen"))
        }
        for (index, claim) in officeYear.report.claims.enumerated() where claim.indicatorId == nil {
            if let code = claim.budgetCode, budget.tree.line(code: code.full) != nil { continue }
            guard claim.sisa != nil || claim.persen != nil, let basis = claimBasis(claim) else { continue }
            let own = claim.pagu != nil && claim.realisasi != nil
            out.append(StatedBudgetFigure(table: claim.location, row: claim.label ?? claim.budgetCode?.full, basis: basis,
                                          sisa: claim.sisa, sisaPath: "$.report.claims[\(index)].sisa",
                                          persen: claim.persen, persenPath: "$.report.claims[\(index)].persen",
                                          ownAmountPaths: own ? ("$.report.claims[\(index)].pagu", "$.report.claims[\(index)].realisasi") : nil))
        }
        return out
    }

    /// What a budget claim's sisa and persen must follow from: for a line of the tree, the figures the evidence
    /// supports for it; otherwise its own pagu and realisasi when it states both (a row must agree with
    /// itself), else (no code) the supported grand total.
    func claimBasis(_ claim: Claim) -> BudgetFigures? {
        if let code = claim.budgetCode, let row = budgetRows.first(where: { $0.code?.full == code.full }) { return row.truth }
        if let pagu = claim.pagu, let realisasi = claim.realisasi { return BudgetFigures(pagu: pagu, realisasi: realisasi) }
        if claim.budgetCode != nil { return nil }
        return budgetTotal
    }

    /// The grand total the evidence supports; nil without a budget tree.
    var budgetTotal: BudgetFigures? { budgetRows.last { $0.code == nil }?.truth }

    /// Every printed budget figure the reconciled rows contradict, in the file's order: the tree's lines, the
    /// printed total, then the narrative's claims.
    var budgetIssues: [BudgetIssue] {
        let issues = budgetRows.flatMap(\.issues)
        func rank(_ issue: BudgetIssue) -> Int {
            if case .claim(let index) = issue.source.kind { return 1 + index }
            return 0
        }
        // A stable sort: tree and total issues keep the rows' order.
        return issues.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}
