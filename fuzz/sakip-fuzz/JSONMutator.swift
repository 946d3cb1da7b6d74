import Foundation
import SakipCore

/// Structural mutations of an office-year's JSON: values replaced by odd values or other types, members and
/// items removed, repeated or added, years swapped, nesting deepened.
enum JSONMutator {
    static func mutate(_ root: JSONValue, using rng: inout SplitMix) -> JSONValue {
        changeNodes(of: root, times: 1 + rng.below(4), using: &rng) { node, rng in mutateNode(node, kind: rng.below(12), using: &rng) }
    }

    /// Mutations a reader is likely to accept: values replaced by extreme but valid ones of the same kind (the
    /// largest amounts and counts, a 0 % target, the first and last years, dates at the ends of the calendar, text
    /// with control characters and markup), and arrays emptied or cut to one item. What is computed afterwards
    /// (measurement, review, documents) then meets values at the edges.
    static func plausible(_ root: JSONValue, using rng: inout SplitMix) -> JSONValue {
        changeNodes(of: root, times: 1 + rng.below(6), using: &rng) { node, rng in extreme(node, using: &rng) }
    }

    /// `times` times, one node picked at random (the root, a member or an item at any depth) replaced by `change`.
    private static func changeNodes(of root: JSONValue, times: Int, using rng: inout SplitMix,
                                    _ change: (JSONValue, inout SplitMix) -> JSONValue) -> JSONValue {
        var value = root
        for _ in 0..<times {
            var paths: [[Step]] = []
            collect(value, path: [], into: &paths)
            let path = rng.pick(paths)
            value = rewrite(value, at: path[...]) { node in change(node, &rng) }
        }
        return value
    }

    private static func extreme(_ node: JSONValue, using rng: inout SplitMix) -> JSONValue {
        switch node {
        case .number(let literal):
            guard let number = Int(literal) else { return .number(rng.pick(["0", "0.01", "999999999999999.99"])) }
            if (2000...2100).contains(number) { return .number(rng.pick(["2000", "2100", literal])) }
            if (0...4).contains(number) { return node }
            return .number(rng.pick(number >= 1_000_000 ? ["0", "999999999999999", "1"] : ["0", "1", "10000000000"]))
        case .string(let text):
            return .string(OddValues.plausible(like: text, using: &rng))
        case .array(let items) where !items.isEmpty:
            return rng.oneIn(2) ? .array([]) : .array([items[rng.below(items.count)]])
        default:
            return node
        }
    }

    /// A step into an object member or an array item.
    enum Step { case key(String), item(Int) }

    private static func collect(_ value: JSONValue, path: [Step], into paths: inout [[Step]]) {
        paths.append(path)
        switch value {
        case .object(let members): for member in members { collect(member.value, path: path + [.key(member.key)], into: &paths) }
        case .array(let items): for (index, item) in items.enumerated() { collect(item, path: path + [.item(index)], into: &paths) }
        default: break
        }
    }

    private static func rewrite(_ value: JSONValue, at path: ArraySlice<Step>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let step = path.first else { return change(value) }
        switch (step, value) {
        case (.key(let key), .object(var members)):
            guard let index = members.firstIndex(where: { $0.key == key }) else { return value }
            members[index].value = rewrite(members[index].value, at: path.dropFirst(), change)
            return .object(members)
        case (.item(let index), .array(var items)) where index < items.count:
            items[index] = rewrite(items[index], at: path.dropFirst(), change)
            return .array(items)
        default:
            return value
        }
    }

    private static func mutateNode(_ node: JSONValue, kind: Int, using rng: inout SplitMix) -> JSONValue {
        switch (kind, node) {
        case (0...2, .number):
            return .number(rng.pick(jsonNumbers))
        case (0...2, .string):
            return .string(rng.pick(OddValues.texts))
        case (3, _):
            return rng.pick([.null, .bool(true), .array([]), .object([]), .number("1"), .string("1"), .number("-1")])
        case (4, .object(var members)) where !members.isEmpty:
            members.remove(at: rng.below(members.count))
            return .object(members)
        case (5, .object(var members)):
            members.append((rng.pick(["kolomBaru", "pagu", "year", "id", "__proto__", ""]), .string(rng.pick(OddValues.texts))))
            return .object(members)
        case (6, .array(var items)) where !items.isEmpty:
            let item = items[rng.below(items.count)]
            let copies = rng.oneIn(8) ? 2_000 : 1 + rng.below(3)
            items.append(contentsOf: repeatElement(item, count: copies))
            return .array(items)
        case (7, .array(var items)) where !items.isEmpty:
            items.remove(at: rng.below(items.count))
            return .array(items)
        case (8, .object(var members)) where members.contains(where: { $0.key.lowercased().contains("year") }):
            for index in members.indices where members[index].key.lowercased().contains("year") {
                members[index].value = .number(rng.pick(["2019", "2020", "2024", "2025", "2000", "2100", "1", "-1", "99999", "9223372036854775807"]))
            }
            return .object(members)
        case (9, _):
            var deep = node
            for _ in 0..<(150 + rng.below(100)) { deep = .array([deep]) }
            return deep
        case (10, .object(var members)) where members.count > 1:
            let a = rng.below(members.count), b = rng.below(members.count)
            let value = members[a].value
            members[a].value = members[b].value
            members[b].value = value
            return .object(members)
        case (11, .string(let text)):
            guard text.count > 15, text.contains(" ") else { return node }
            return .string(text + rng.pick(OddValues.texts))
        case (_, .number(let literal)):
            return .string(literal)
        case (_, .string(let text)) where Decimal(string: text) != nil:
            return .number(rng.pick(jsonNumbers))
        default:
            return rng.pick([.null, .string(rng.pick(OddValues.texts)), .number(rng.pick(jsonNumbers))])
        }
    }

    private static let jsonNumbers = OddValues.numbers.filter(isJSONNumber)

    /// Whether a literal is a JSON number (the others become strings).
    static func isJSONNumber(_ literal: String) -> Bool {
        (try? JSONParser.parse(literal)).map { if case .number = $0 { true } else { false } } ?? false
    }
}

/// Byte-level mutations: flips, truncation, insertion and deletion of runs, repeated runs.
enum ByteMutator {
    static func mutate(_ data: Data, using rng: inout SplitMix) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<(1 + rng.below(6)) where !bytes.isEmpty {
            let at = rng.below(bytes.count)
            switch rng.below(6) {
            case 0: bytes[at] ^= UInt8(1 << rng.below(8))
            case 1: bytes[at] = UInt8(rng.below(256))
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.below(64)))
            case 3: bytes.insert(contentsOf: (0..<(1 + rng.below(16))).map { _ in UInt8(rng.below(256)) }, at: at)
            case 4: bytes = Array(bytes.prefix(at))
            default:
                let run = Array(bytes[at..<min(bytes.count, at + 1 + rng.below(32))])
                bytes.insert(contentsOf: Array(repeatElement(run, count: 1 + rng.below(50)).joined()), at: at)
            }
        }
        return Data(bytes)
    }
}
