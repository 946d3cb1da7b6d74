import Foundation

/// Everything of an office-year's budget: the DIPA tree, its revisions, earlier years and regional grants.
public struct Budget: Hashable, Sendable {
    public var tree: BudgetTree
    /// The grand total as a document printed it.
    public var printedTotal: BudgetLine.Printed
    public var revisions: [DIPARevision]
    public var history: [BudgetYear]
    public var grants: [RegionalGrant]
    /// Monthly realisation per line; the year's realisasi of a leaf stays its own figure.
    public var monthly: [MonthlyRealisation]

    public init(tree: BudgetTree = BudgetTree(lines: []), printedTotal: BudgetLine.Printed = .init(),
                revisions: [DIPARevision] = [], history: [BudgetYear] = [], grants: [RegionalGrant] = [],
                monthly: [MonthlyRealisation] = []) {
        self.tree = tree
        self.printedTotal = printedTotal
        self.revisions = revisions
        self.history = history
        self.grants = grants
        self.monthly = monthly
    }
}

/// A program's budget as the PK states it (known in January) beside its final revised pagu.
public struct ProgramBudgetComparison: Hashable, Sendable {
    public var name: String
    public var code: BudgetCode?
    /// The PK's amount.
    public var agreed: Decimal?
    /// The final pagu in the DIPA tree.
    public var finalPagu: Decimal?

    /// Final pagu − PK amount; nil when either is unknown.
    public var difference: Decimal? {
        guard let agreed, let finalPagu else { return nil }
        return finalPagu - agreed
    }

    /// Pairs the PK's programs with the tree's programs, by code when the PK gives one, else by name.
    public static func compare(agreed programs: [ProgramBudget], with tree: BudgetTree) -> [ProgramBudgetComparison] {
        let finals = tree.totals(at: .program)
        var used = Set<BudgetCode>()
        var rows: [ProgramBudgetComparison] = programs.map { program in
            let match = finals.first { final in
                if let code = program.code, let parsed = try? BudgetCode.parse(code) { return final.code.contains(parsed) || parsed.contains(final.code) }
                return normalized(final.name) == normalized(program.name)
                    || normalized(program.name).contains(normalized(final.name))
                    || normalized(final.name).contains(normalized(program.name))
            }
            if let match { used.insert(match.code) }
            return ProgramBudgetComparison(name: program.name, code: match?.code, agreed: program.amount,
                                           finalPagu: match?.figures.pagu)
        }
        for final in finals where !used.contains(final.code) {
            rows.append(ProgramBudgetComparison(name: final.name, code: final.code, agreed: nil, finalPagu: final.figures.pagu))
        }
        return rows
    }

    private static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "program", with: "")
            .filter { $0.isLetter }
    }
}
