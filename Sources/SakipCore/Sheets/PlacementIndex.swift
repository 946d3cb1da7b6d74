/// The JSON paths of a table's rows with the line each came from, looked up by the longest path that an
/// issue's path starts with ("$.budget.lines[0].children[2]" for "$.budget.lines[0].children[2].pagu").
///
/// A dictionary probed once per prefix of the path: matching every issue against every row is
/// quadratic on a large table.
struct PlacementIndex {
    private var lines: [String: Int] = [:]

    init(_ placement: [(prefix: String, line: Int)]) {
        for entry in placement where lines[entry.prefix] == nil { lines[entry.prefix] = entry.line }
    }

    /// The longest row path that is `path` or ends where `path` continues with "." or "[".
    func match(_ path: String) -> (prefix: String, line: Int)? {
        if let line = lines[path] { return (path, line) }
        var end = path.endIndex
        while end > path.startIndex {
            end = path.index(before: end)
            guard path[end] == "." || path[end] == "[" else { continue }
            let prefix = String(path[..<end])
            if let line = lines[prefix] { return (prefix, line) }
        }
        return nil
    }
}
