/// Putting together the problems of a pasted table found by its columns and by the reader.
enum SheetProblems {
    /// `found` without what `reported` already says: a problem at a line and column already refused, and a
    /// problem elsewhere in the file that only follows from a refused row (a reference to its ID).
    static func unrepeated(_ found: [SheetProblem], after reported: [SheetProblem], rejectedIdentities: Set<String>) -> [SheetProblem] {
        var seen = Set(reported.compactMap { problem in problem.line.map { "\($0)|\(problem.column ?? "")" } })
        var seenRows = Set(reported.filter { $0.column == nil }.compactMap(\.line))
        let linesWithProblems = Set(reported.compactMap(\.line))
        var out: [SheetProblem] = []
        for problem in found {
            if let line = problem.line {
                // A whole row refused, or a problem of the whole row where a cell of it is already refused (a
                // repeated row the reader also finds), adds nothing.
                if seenRows.contains(line) || (problem.column == nil && linesWithProblems.contains(line)) { continue }
                guard seen.insert("\(line)|\(problem.column ?? "")").inserted else { continue }
                if problem.column == nil { seenRows.insert(line) }
            } else if let value = problem.value, rejectedIdentities.contains(value) {
                continue
            }
            out.append(problem)
        }
        return out
    }

    /// Problems in the order of the table: by line, the order found within a line, problems outside the table last.
    static func ordered(_ problems: [SheetProblem]) -> [SheetProblem] {
        problems.enumerated().sorted { a, b in
            let (lineA, lineB) = (a.element.line ?? Int.max, b.element.line ?? Int.max)
            return lineA != lineB ? lineA < lineB : a.offset < b.offset
        }.map(\.element)
    }
}
