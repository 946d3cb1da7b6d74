/// A plain-text table for terminals: a header, rows, columns aligned left or right, long cells wrapped.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// Cells longer than this wrap onto more lines.
        var maxWidth: Int = 60
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [String]) {
        precondition(cells.count == columns.count, "row width differs from the table's")
        rows.append(cells)
    }

    /// A separator row drawn across the table.
    mutating func addRule() { rows.append([]) }

    func render() -> String {
        let wrapped = rows.map { row in row.isEmpty ? [] : zip(row, columns).map { wrap($0, width: $1.maxWidth) } }
        var widths = columns.map { $0.title.count }
        for row in wrapped where !row.isEmpty {
            for (i, lines) in row.enumerated() { widths[i] = max(widths[i], lines.map(\.count).max() ?? 0) }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")
        var out = [line(columns.map(\.title), widths), rule]
        for row in wrapped {
            if row.isEmpty { out.append(rule); continue }
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height { out.append(line(row.map { k < $0.count ? $0[k] : "" }, widths)) }
        }
        return out.joined(separator: "\n")
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        zip(zip(cells, widths), columns).map { pair, column in
            let (cell, width) = pair
            let gap = String(repeating: " ", count: max(0, width - cell.count))
            return column.alignment == .right ? gap + cell : cell + gap
        }.joined(separator: " | ").trimmingTrailingSpaces()
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
