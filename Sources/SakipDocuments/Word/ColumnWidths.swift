/// The widths of a report table's columns on the page: every column at least as wide as the widest piece
/// of text it must not break ("Laporan", "076.01.CQ", "99,51 %", the header "No"), and the rest of the
/// width shared out by the columns' relative weights. A table whose words do not fit side by side at the
/// table style's 8 points is set a point or two smaller.
enum ColumnWidths {
    /// Text size of the table style ``WordStyles`` calls "Isi Tabel", in points.
    static let points = 8
    /// Left and right cell margins of the table style (80 twips each) and a little room for the borders.
    static let padding = 2 * 80 + 30

    /// A table's text size and column widths.
    struct Layout: Equatable {
        /// Text size in points: ``ColumnWidths/points`` unless the table needs a smaller one.
        var points: Int
        /// Widths in twips, summing to the width given.
        var widths: [Int]
    }

    /// The largest text size, 8 down to 6 points, at which every column gets its widest word, and the widths.
    static func layout(_ table: ReportTable, total: Int) -> Layout {
        let weights = table.columns.map(\.width)
        for size in stride(from: points, through: 6, by: -1) {
            let minimums = minimums(table, points: size)
            if minimums.reduce(0, +) <= total { return Layout(points: size, widths: fit(weights: weights, minimums: minimums, total: total)) }
        }
        return Layout(points: 6, widths: fit(weights: weights, minimums: minimums(table, points: 6), total: total))
    }

    /// The narrowest width of each column that keeps its header (bold) and its cells (bold in a total row)
    /// from breaking inside a word. Group rows span the table and do not count.
    static func minimums(_ table: ReportTable, points: Int = points) -> [Int] {
        table.columns.indices.map { index in
            var widest = TextWidth.widestPiece(table.columns[index].title, points: points, bold: true)
            for row in table.rows where row.kind != .group && index < row.cells.count {
                widest = max(widest, TextWidth.widestPiece(row.cells[index].display, points: points, bold: row.kind == .total))
            }
            // Renderers differ a little in kerning and rounding: keep 4 % in hand.
            return widest + widest / 25 + padding
        }
    }

    /// Shares `total` by `weights`, giving a column never less than its minimum: a column whose share is
    /// below its minimum gets the minimum, and the others share what is left, until every share fits. When
    /// even the minimums do not fit, each gets its minimum scaled down alike.
    static func fit(weights: [Int], minimums: [Int], total: Int) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let weights = weights.map { max($0, 1) }
        let needed = minimums.reduce(0, +)
        if needed >= total { return distributeRemainder(minimums.map { $0 * total / max(needed, 1) }, total: total) }
        var fixed = Set<Int>()
        var shares: [Int] = []
        while true {
            let free = total - fixed.reduce(0) { $0 + minimums[$1] }
            let weightLeft = weights.indices.filter { !fixed.contains($0) }.reduce(0) { $0 + weights[$1] }
            shares = weights.indices.map { fixed.contains($0) ? minimums[$0] : weights[$0] * free / max(weightLeft, 1) }
            let short = weights.indices.filter { !fixed.contains($0) && shares[$0] < minimums[$0] }
            if short.isEmpty { break }
            fixed.formUnion(short)
        }
        return distributeRemainder(shares, total: total)
    }

    /// The twips lost to integer division go to the widest column, so that the columns fill the width exactly.
    private static func distributeRemainder(_ widths: [Int], total: Int) -> [Int] {
        guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) else { return widths }
        var out = widths
        out[widest] += total - widths.reduce(0, +)
        return out
    }
}
