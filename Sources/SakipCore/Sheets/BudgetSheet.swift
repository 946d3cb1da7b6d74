import Foundation

/// The DIPA tree as a flat table: one row per line, the hierarchy read from the codes.
enum BudgetSheet {
    /// Code (full form), name, and the figures: a leaf's own, or those a document stated for a parent.
    static func rows(_ tree: BudgetTree) -> [[String]] {
        tree.lines.flatMap { $0.flattened() }.map { entry in
            let line = entry.line
            let pagu = line.own?.pagu ?? line.printed.pagu
            let realisasi = line.own?.realisasi ?? line.printed.realisasi
            return [line.code.full, line.name, pagu.map(money) ?? "", realisasi.map(money) ?? ""]
        }
    }

    /// The rows nested under their parents (the nearest row above whose code contains theirs), with each
    /// line's JSON path for locating the reader's issues. Figures a document printed for a line (sisa,
    /// persen) are kept from `old` by code, since the table does not show them.
    static func nest(_ objects: [JSONValue], lines: [Int], keeping old: BudgetTree,
                     problems: inout [SheetProblem]) -> (array: JSONValue, placement: [(prefix: String, line: Int)]) {
        var printed: [String: BudgetLine.Printed] = [:]
        for entry in old.lines.flatMap({ $0.flattened() }) { printed[entry.line.code.full] = entry.line.printed }

        let roots = Node(code: BudgetCode(), members: [], line: 0)
        var stack: [Node] = []
        for (object, line) in zip(objects, lines) {
            guard case .object(var members) = object, case .string(let text)? = object["code"] else { continue }
            var parent: Node?
            var code: BudgetCode?
            while let candidate = stack.last {
                if let parsed = try? BudgetCode.parse(text, under: candidate.code), candidate.code.contains(parsed) {
                    parent = candidate
                    code = parsed
                    break
                }
                stack.removeLast()
            }
            if code == nil {
                do { code = try BudgetCode.parse(text) } catch {
                    problems.append(SheetProblem(line: line, column: "Kode", value: text, reason: error.reason))
                    continue
                }
            }
            guard let code else { continue }
            if let index = members.firstIndex(where: { $0.key == "code" }) { members[index].value = .string(code.full) }
            if let kept = printed[code.full], kept.sisa != nil || kept.persen != nil {
                members.append(("printed", .object([("sisa", kept.sisa.map(JSONValue.decimal) ?? .null),
                                                    ("persen", kept.persen.map(JSONValue.string) ?? .null)]
                                                    .filter { $0.value != .null })))
            }
            let node = Node(code: code, members: members, line: line)
            (parent ?? roots).children.append(node)
            stack.append(node)
        }
        var placement: [(prefix: String, line: Int)] = []
        let array = JSONValue.array(roots.children.enumerated().map { $0.element.json(path: "$.budget.lines[\($0.offset)]", placement: &placement) })
        return (array, placement)
    }

    /// "58.192.468.000", with cents only when there are any.
    static func money(_ amount: Decimal) -> String {
        IndonesianFormat.number(amount, fractionDigits: amount == amount.roundedHalfUp(scale: 0) ? 0 : 2)
    }

    private final class Node {
        let code: BudgetCode
        let members: [(key: String, value: JSONValue)]
        let line: Int
        var children: [Node] = []

        init(code: BudgetCode, members: [(key: String, value: JSONValue)], line: Int) {
            self.code = code
            self.members = members
            self.line = line
        }

        func json(path: String, placement: inout [(prefix: String, line: Int)]) -> JSONValue {
            placement.append((path, line))
            guard !children.isEmpty else { return .object(members) }
            let nested = children.enumerated().map { $0.element.json(path: "\(path).children[\($0.offset)]", placement: &placement) }
            return .object(members + [("children", .array(nested))])
        }
    }
}
