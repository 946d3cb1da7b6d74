import Foundation

/// One place that states a budget row's figures: a line of the DIPA tree, the printed grand total, or a
/// narrative claim for the same code. Each figure it states has its own JSON path.
struct BudgetSource: Sendable {
    enum Kind: Equatable, Sendable { case leaf, parent, total, claim(Int) }

    var kind: Kind
    var place: ReviewPlace
    var pagu: Decimal?
    var realisasi: Decimal?
    var sisa: Decimal?
    var persen: String?
    var paguPath: String
    var realisasiPath: String
    var sisaPath: String
    var persenPath: String

    /// How the source is named in a message: "tabel anggaran", "narasi BAB III.A Rincian Output 6870".
    var witnessName: String {
        switch kind {
        case .leaf, .parent: "tabel anggaran"
        case .total: "baris jumlah tabel anggaran"
        case .claim: place.table
        }
    }
}

/// A budget row (a line of the tree, or the grand total) with every source that states it and the figures
/// the evidence supports. The supported figures are chosen by counting independent agreements: each
/// source's pagu, realisasi, sisa and persen, the sum of the row's children, and for the total the latest
/// DIPA revision and the realisasi the narrative states. A tie keeps the tree's own figures.
struct ReconciledBudgetRow: Sendable {
    /// The full code, or nil for the grand total.
    var code: BudgetCode?
    var sources: [BudgetSource]
    /// The figures the evidence supports.
    var truth: BudgetFigures
    /// What supports the chosen pagu and realisasi, for messages ("sisa dan persen baris ini", "jumlah rinciannya").
    var paguSupport: [String]
    var realisasiSupport: [String]
    /// Other figures exactly as well supported: the evidence cannot choose between them and ``truth``.
    var tied: [BudgetFigures]
    /// The sum of the children's supported figures, for a parent or the total.
    var sum: BudgetFigures?
    /// The children's places, to name as suspects when their sum is outvoted.
    var childPlaces: [ReviewPlace] = []
}

/// An independent figure for a row's pagu or realisasi that is not a source of its own (a DIPA revision total).
struct BudgetWitness: Sendable {
    var pagu: Decimal?
    var realisasi: Decimal?
    var name: String
}

enum BudgetReconciliation {
    /// Every row of the tree (depth first) and the grand total, reconciled bottom-up: a parent's sum uses its
    /// children's supported figures.
    static func reconcile(_ year: OfficeYear) -> [ReconciledBudgetRow] {
        let budget = year.budget
        guard !budget.tree.lines.isEmpty else { return [] }
        var out: [ReconciledBudgetRow] = []
        let claimsByCode = Dictionary(grouping: year.report.claims.enumerated().filter { $0.element.budgetCode != nil }) {
            $0.element.budgetCode!.full
        }

        // Rows are listed in the tree's order (a line before its children), though resolved children first.
        var order: [String: Int] = [:]
        func visit(_ line: BudgetLine, _ path: String, _ fromAbove: BudgetWitness?) -> BudgetFigures {
            order[path] = order.count
            let childFigures = line.children.enumerated().map { index, child in
                visit(child, "\(path).children[\(index)]", remainder(of: line.printed, line.children, index))
            }
            let row = "\(line.code.full) \(line.name)"
            var sources: [BudgetSource] = []
            let own = line.own
            sources.append(BudgetSource(
                kind: line.isLeaf ? .leaf : .parent,
                place: ReviewPlace(table: ReviewContext.budgetTable, row: row, path: path),
                pagu: own?.pagu ?? line.printed.pagu, realisasi: own?.realisasi ?? line.printed.realisasi,
                sisa: line.printed.sisa, persen: line.printed.persen,
                paguPath: "\(path).pagu", realisasiPath: "\(path).realisasi",
                sisaPath: "\(path).printed.sisa", persenPath: "\(path).printed.persen"))
            for (index, claim) in claimsByCode[line.code.full] ?? [] {
                sources.append(claimSource(claim, index: index, code: line.code))
            }
            let sum = line.isLeaf ? nil : childFigures.reduce(BudgetFigures.zero, +)
            var row0 = resolve(code: line.code, sources: sources, sum: sum, witnesses: fromAbove.map { [$0] } ?? [], preferSum: !line.isLeaf)
            row0.childPlaces = line.children.enumerated().map { index, child in
                ReviewPlace(table: ReviewContext.budgetTable, row: "\(child.code.full) \(child.name)", path: "\(path).children[\(index)]")
            }
            out.append(row0)
            return row0.truth
        }

        var programs: [BudgetFigures] = []
        let printed = budget.printedTotal
        for (index, line) in budget.tree.lines.enumerated() {
            programs.append(visit(line, "$.budget.lines[\(index)]", remainder(of: printed, budget.tree.lines, index)))
        }
        var totalSources: [BudgetSource] = []
        if printed.pagu != nil || printed.realisasi != nil || printed.sisa != nil || printed.persen != nil {
            totalSources.append(BudgetSource(
                kind: .total, place: ReviewPlace(table: ReviewContext.budgetTable, row: "Jumlah", path: "$.budget.printedTotal"),
                pagu: printed.pagu, realisasi: printed.realisasi, sisa: printed.sisa, persen: printed.persen,
                paguPath: "$.budget.printedTotal.pagu", realisasiPath: "$.budget.printedTotal.realisasi",
                sisaPath: "$.budget.printedTotal.sisa", persenPath: "$.budget.printedTotal.persen"))
        }
        var witnesses: [BudgetWitness] = []
        if let latest = budget.revisions.latest, let amount = latest.total {
            witnesses.append(BudgetWitness(pagu: amount, realisasi: nil, name: "total \(latest.name)"))
        }
        for claim in year.report.claims where claim.budgetCode == nil && claim.indicatorId == nil {
            if let realisasi = claim.realisasi {
                witnesses.append(BudgetWitness(pagu: nil, realisasi: realisasi, name: "realisasi di \(claim.location)"))
            }
        }
        let sum = programs.reduce(BudgetFigures.zero, +)
        out.sort { (order[$0.sources[0].place.path ?? ""] ?? 0) < (order[$1.sources[0].place.path ?? ""] ?? 0) }
        var total = resolve(code: nil, sources: totalSources, sum: sum, witnesses: witnesses, preferSum: true)
        total.childPlaces = budget.tree.lines.enumerated().map { index, line in
            ReviewPlace(table: ReviewContext.budgetTable, row: "\(line.code.full) \(line.name)", path: "$.budget.lines[\(index)]")
        }
        out.append(total)
        return out
    }

    /// What a parent's printed figures leave for one child once its siblings' figures (as the table states
    /// them) are taken away: an independent witness of the child's figures.
    static func remainder(of printed: BudgetLine.Printed, _ children: [BudgetLine], _ index: Int) -> BudgetWitness? {
        guard printed.pagu != nil || printed.realisasi != nil else { return nil }
        func stated(_ line: BudgetLine) -> BudgetFigures {
            BudgetFigures(pagu: line.own?.pagu ?? line.printed.pagu ?? line.figures.pagu,
                          realisasi: line.own?.realisasi ?? line.printed.realisasi ?? line.figures.realisasi)
        }
        let others = children.enumerated().filter { $0.offset != index }.map { stated($0.element) }.reduce(BudgetFigures.zero, +)
        return BudgetWitness(pagu: printed.pagu.map { $0 - others.pagu }, realisasi: printed.realisasi.map { $0 - others.realisasi },
                             name: "baris induknya dikurangi rincian lainnya")
    }

    static func claimSource(_ claim: Claim, index: Int, code: BudgetCode) -> BudgetSource {
        BudgetSource(kind: .claim(index), place: ReviewPlace(table: claim.location, row: claim.label ?? code.full,
                                                             path: "$.report.claims[\(index)]"),
                     pagu: claim.pagu, realisasi: claim.realisasi, sisa: claim.sisa, persen: claim.persen,
                     paguPath: "$.report.claims[\(index)].pagu", realisasiPath: "$.report.claims[\(index)].realisasi",
                     sisaPath: "$.report.claims[\(index)].sisa", persenPath: "$.report.claims[\(index)].persen")
    }

    /// Chooses the figures most independent statements agree with. Candidates are each source's own figures,
    /// each source's pagu or realisasi corrected by its own sisa, the children's sum and the witnesses'.
    static func resolve(code: BudgetCode?, sources: [BudgetSource], sum: BudgetFigures?, witnesses: [BudgetWitness],
                        preferSum: Bool) -> ReconciledBudgetRow {
        let fallback = sum ?? BudgetFigures(pagu: sources.lazy.compactMap(\.pagu).first ?? 0,
                                            realisasi: sources.lazy.compactMap(\.realisasi).first ?? 0)
        var candidates: [BudgetFigures] = []
        if preferSum, let sum { candidates.append(sum) }
        for source in sources {
            candidates.append(BudgetFigures(pagu: source.pagu ?? fallback.pagu, realisasi: source.realisasi ?? fallback.realisasi))
            if let sisa = source.sisa {
                if let realisasi = source.realisasi { candidates.append(BudgetFigures(pagu: realisasi + sisa, realisasi: realisasi)) }
                if let pagu = source.pagu { candidates.append(BudgetFigures(pagu: pagu, realisasi: pagu - sisa)) }
            }
        }
        if !preferSum, let sum { candidates.append(sum) }
        for witness in witnesses {
            candidates.append(BudgetFigures(pagu: witness.pagu ?? fallback.pagu, realisasi: witness.realisasi ?? fallback.realisasi))
        }
        if candidates.isEmpty { candidates.append(fallback) }
        let scored = candidates.map { ($0, support(of: $0, sources: sources, sum: sum, witnesses: witnesses).count) }
        let bestScore = scored.map(\.1).max() ?? 0
        let best = scored.first { $0.1 == bestScore }!.0
        var tied: [BudgetFigures] = []
        for (candidate, score) in scored where score == bestScore && candidate != best && !tied.contains(candidate) {
            tied.append(candidate)
        }
        let agreements = support(of: best, sources: sources, sum: sum, witnesses: witnesses)
        return ReconciledBudgetRow(code: code, sources: sources, truth: best,
                                   paguSupport: agreements.filter { $0.field != .realisasi }.map(\.name),
                                   realisasiSupport: agreements.filter { $0.field != .pagu }.map(\.name), tied: tied, sum: sum)
    }

    /// One statement agreeing with candidate figures, and which figure it supports.
    struct Agreement {
        enum Field { case pagu, realisasi, both }
        var field: Field
        var name: String
    }

    /// The statements that agree with candidate figures.
    static func support(of candidate: BudgetFigures, sources: [BudgetSource], sum: BudgetFigures?,
                        witnesses: [BudgetWitness]) -> [Agreement] {
        var out: [Agreement] = []
        for source in sources {
            if source.pagu == candidate.pagu { out.append(Agreement(field: .pagu, name: "pagu di \(source.witnessName)")) }
            if source.realisasi == candidate.realisasi { out.append(Agreement(field: .realisasi, name: "realisasi di \(source.witnessName)")) }
            if let sisa = source.sisa, sisa == candidate.sisa { out.append(Agreement(field: .both, name: "sisa di \(source.witnessName)")) }
            if let persen = source.persen, let exact = candidate.persen,
               let comparison = PrintedComparison.compare(persen, with: exact), comparison != .mismatch {
                out.append(Agreement(field: .both, name: "persen di \(source.witnessName)"))
            }
        }
        if let sum {
            if sum.pagu == candidate.pagu { out.append(Agreement(field: .pagu, name: "jumlah pagu rinciannya")) }
            if sum.realisasi == candidate.realisasi { out.append(Agreement(field: .realisasi, name: "jumlah realisasi rinciannya")) }
        }
        for witness in witnesses {
            if witness.pagu == candidate.pagu { out.append(Agreement(field: .pagu, name: witness.name)) }
            if witness.realisasi == candidate.realisasi { out.append(Agreement(field: .realisasi, name: witness.name)) }
        }
        return out
    }
}
