/// Rows of a pasted table that repeat an earlier row's identity (its ID, its indicator, its item …): the
/// later row is refused, naming the line it repeats.
enum SheetDuplicates {
    static func find(_ objects: [JSONValue], lines: [Int], in sheet: Sheet) -> [SheetProblem] {
        // The budget tree's short codes repeat under different parents; the DPT rows have no identity.
        guard !sheet.identity.isEmpty, sheet.id != .budget else { return [] }
        let columns = sheet.identity.compactMap { key in sheet.columns.first { $0.key == key } }
        var first: [[JSONValue]: Int] = [:]
        var problems: [SheetProblem] = []
        for (object, line) in zip(objects, lines) {
            let identity = sheet.identity.map { object[$0] ?? .null }
            guard identity.allSatisfy({ $0 != .null }) else { continue }
            if let earlier = first[identity] {
                let shown = zip(columns, identity).map { column, value in
                    "\(column.header) \(SheetCell.text(value, column: column))"
                }.joined(separator: ", ")
                problems.append(SheetProblem(line: line, column: columns.first?.header,
                                             value: columns.first.map { SheetCell.text(identity[0], column: $0) },
                                             reason: "\(shown) sudah ada pada baris \(earlier); satu baris saja untuk masing-masing"))
            } else {
                first[identity] = line
            }
        }
        return problems
    }
}
