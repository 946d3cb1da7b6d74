import Foundation

/// A line of the DIPA tree. A leaf carries its own pagu and realisasi; a parent's figures are the sums
/// of its children, and what a document states for a parent is kept apart, to be checked.
public struct BudgetLine: Hashable, Sendable {
    /// Figures a source document printed for this line, never used to compute.
    public struct Printed: Hashable, Sendable {
        public var pagu: Decimal?
        public var realisasi: Decimal?
        public var sisa: Decimal?
        public var persen: String?
        /// Amounts printed that cannot be read, by key (`pagu`, `realisasi`, `sisa`), kept as typed.
        public var unreadable: [String: String]
        public init(pagu: Decimal? = nil, realisasi: Decimal? = nil, sisa: Decimal? = nil, persen: String? = nil,
                    unreadable: [String: String] = [:]) {
            self.pagu = pagu
            self.realisasi = realisasi
            self.sisa = sisa
            self.persen = persen
            self.unreadable = unreadable
        }
        public var isEmpty: Bool { pagu == nil && realisasi == nil && sisa == nil && persen == nil && unreadable.isEmpty }
    }

    public var code: BudgetCode
    public var name: String
    /// The line's own figures; for a parent, nil (its figures come from its children).
    public var own: BudgetFigures?
    public var printed: Printed
    public var children: [BudgetLine]

    /// A leaf with its own figures.
    public init(code: BudgetCode, name: String, pagu: Decimal, realisasi: Decimal, printed: Printed = Printed()) {
        self.code = code
        self.name = name
        self.own = BudgetFigures(pagu: pagu, realisasi: realisasi)
        self.printed = printed
        self.children = []
    }

    /// A parent whose figures are computed from its children.
    public init(code: BudgetCode, name: String, children: [BudgetLine], printed: Printed = Printed()) {
        self.code = code
        self.name = name
        self.own = nil
        self.printed = printed
        self.children = children
    }

    /// Pagu and realisasi: the leaf's own, or the sum of the children's.
    public var figures: BudgetFigures {
        own ?? children.reduce(.zero) { $0 + $1.figures }
    }

    public var isLeaf: Bool { children.isEmpty }

    /// This line and every line below it, depth first, with its depth (0 for this line).
    public func flattened(depth: Int = 0) -> [(line: BudgetLine, depth: Int)] {
        [(self, depth)] + children.flatMap { $0.flattened(depth: depth + 1) }
    }
}
