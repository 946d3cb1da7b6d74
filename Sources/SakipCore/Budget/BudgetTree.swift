import Foundation

/// The office's DIPA: its programs and everything below them.
public struct BudgetTree: Hashable, Sendable {
    public var lines: [BudgetLine]

    public init(lines: [BudgetLine]) { self.lines = lines }

    /// The total over the programs.
    public var total: BudgetFigures { lines.reduce(.zero) { $0 + $1.figures } }

    /// Every line, depth first, with its depth.
    public var flattened: [(line: BudgetLine, depth: Int)] { lines.flatMap { $0.flattened() } }

    /// The line with a full code, if any.
    public func line(code: String) -> BudgetLine? {
        flattened.first { $0.line.code.full == code }?.line
    }

    /// Sets the pagu and realisasi of the leaf with a full code; returns whether there was such a leaf
    /// (a parent's figures are the sums of its children and are never set).
    @discardableResult
    public mutating func setLeaf(code: String, pagu: Decimal, realisasi: Decimal) -> Bool {
        func visit(_ line: inout BudgetLine) -> Bool {
            if line.code.full == code {
                guard line.isLeaf else { return false }
                line.own = BudgetFigures(pagu: pagu, realisasi: realisasi)
                return true
            }
            for index in line.children.indices where visit(&line.children[index]) { return true }
            return false
        }
        for index in lines.indices where visit(&lines[index]) { return true }
        return false
    }

    /// The sum of the lines at one level, grouped by that level's code: per program, per kegiatan, per KRO or per RO.
    /// Lines that skip the level (an RO under its kegiatan) are counted under the code their own code implies.
    public func totals(at level: BudgetCode.Level) -> [(code: BudgetCode, name: String, figures: BudgetFigures)] {
        var order: [BudgetCode] = []
        var sums: [BudgetCode: (String, BudgetFigures)] = [:]
        func visit(_ line: BudgetLine) {
            guard let lineLevel = line.code.level, lineLevel >= level, let key = line.code.truncated(to: level) else {
                line.children.forEach(visit)
                return
            }
            if sums[key] == nil { order.append(key) }
            let known = sums[key]?.0
            let name = lineLevel == level ? line.name : (known ?? "\(level.label) \(key.short)")
            sums[key] = (name, (sums[key]?.1 ?? .zero) + line.figures)
        }
        lines.forEach(visit)
        return order.map { ($0, sums[$0]!.0, sums[$0]!.1) }
    }
}

extension BudgetCode {
    /// This code cut down to a level ("076.01.CQ.6709.QGE.001" to kegiatan: "076.01.CQ.6709"); nil when it does not reach it.
    public func truncated(to level: Level) -> BudgetCode? {
        guard let own = self.level, own >= level else { return nil }
        var code = self
        if level < .ro { code.ro = nil }
        if level < .kro { code.kro = nil }
        if level < .kegiatan { code.kegiatan = nil }
        return code
    }
}
