import Foundation

/// The DPT recaps of all elections as one flat table: a kecamatan row, then its kelurahan/desa rows.
enum DPTSheet {
    /// Event id, kecamatan, kelurahan (empty on a kecamatan row), villages, TPS, L, P and the printed L+P.
    static func rows(_ elections: [ElectionEvent]) -> [[String]] {
        elections.flatMap { event in
            event.dpt.rows.flatMap { district in
                [cells(event.id, district.area, "", district)] + district.subareas.map { cells(event.id, district.area, $0.area, $0) }
            }
        }
    }

    private static func cells(_ event: String, _ district: String, _ area: String, _ row: DPTRow) -> [String] {
        func count(_ value: Int?) -> String { value.map(IndonesianFormat.count) ?? "" }
        return [event, district, area, count(row.villageCount), count(row.tps), count(row.voters.male), count(row.voters.female),
                count(row.statedTotal)]
    }

    /// The `elections` array with each event's DPT rows replaced by the table's, and each row's JSON path
    /// for locating the reader's issues. A kecamatan given only through its kelurahan rows gets their sums.
    static func nest(_ objects: [JSONValue], lines: [Int], into stored: JSONValue?, eventIds: [String],
                     problems: inout [SheetProblem]) -> (array: JSONValue, placement: [(prefix: String, line: Int)]) {
        var districts: [String: [District]] = [:]
        // Kecamatan positions by event and name: a search of the list per row is quadratic on a large recap.
        var positions: [String: [String: Int]] = [:]
        let known = Set(eventIds)
        for (object, line) in zip(objects, lines) {
            guard case .string(let event)? = object["eventId"], case .string(let name)? = object["district"] else { continue }
            guard known.contains(event) else {
                problems.append(SheetProblem(line: line, column: "ID Pemilihan", value: event,
                    reason: "pemilu/pemilihan dengan ID ini belum ada; tambahkan dulu di tabel Pemilu/Pemilihan (\(eventIds.isEmpty ? "belum ada satu pun" : "ada: " + eventIds.joined(separator: ", ")))"))
                continue
            }
            var list = districts[event] ?? []
            let index = positions[event]?[name] ?? list.count
            if index == list.count {
                list.append(District(name: name))
                positions[event, default: [:]][name] = index
            }
            let members = figures(object)
            if case .string(let area)? = object["area"] {
                list[index].subareas.append((members + [("area", .string(area))], line))
            } else if let own = list[index].own {
                problems.append(SheetProblem(line: line, column: "Kecamatan", value: name,
                                             reason: "kecamatan ini sudah ada pada baris \(own.line) untuk pemilihan yang sama"))
            } else {
                list[index].own = (members, line)
            }
            districts[event] = list
        }

        var placement: [(prefix: String, line: Int)] = []
        guard case .array(let events)? = stored else { return (.array([]), []) }
        let array = JSONValue.array(events.enumerated().map { offset, event in
            guard case .object(var members) = event, case .string(let id)? = event["id"] else { return event }
            let rows = (districts[id] ?? []).enumerated().map { $0.element.json(path: "$.elections[\(offset)].dpt.rows[\($0.offset)]", placement: &placement) }
            var dpt: [(key: String, value: JSONValue)] = []
            if let index = members.firstIndex(where: { $0.key == "dpt" }), case .object(let old) = members[index].value {
                dpt = old.filter { $0.key != "rows" }
                members.remove(at: index)
            }
            members.append(("dpt", .object(dpt + [("rows", .array(rows))])))
            return .object(members)
        })
        return (array, placement)
    }

    private static func figures(_ object: JSONValue) -> [(key: String, value: JSONValue)] {
        guard case .object(let members) = object else { return [] }
        return members.filter { ["villages", "tps", "male", "female", "total"].contains($0.key) }
    }

    private struct District {
        var name: String
        var own: (members: [(key: String, value: JSONValue)], line: Int)?
        var subareas: [(members: [(key: String, value: JSONValue)], line: Int)] = []

        func json(path: String, placement: inout [(prefix: String, line: Int)]) -> JSONValue {
            let nested = subareas.enumerated().map { offset, subarea -> JSONValue in
                placement.append(("\(path).subareas[\(offset)]", subarea.line))
                return .object(subarea.members)
            }
            let line = own?.line ?? subareas.first?.line ?? 0
            placement.append((path, line))
            let members = own?.members ?? summed
            return .object([("area", .string(name))] + members + (nested.isEmpty ? [] : [("subareas", .array(nested))]))
        }

        /// TPS, L and P of the kelurahan rows, for a kecamatan the table gives no row of its own. Summed as
        /// decimals: the rows are not checked yet, and the reader refuses a sum out of bounds at this row.
        private var summed: [(key: String, value: JSONValue)] {
            ["tps", "male", "female"].map { key in
                let total = subareas.reduce(Decimal(0)) { sum, subarea in
                    guard case .number(let literal)? = subarea.members.first(where: { $0.key == key })?.value else { return sum }
                    return sum + (Decimal(string: literal) ?? 0)
                }
                return (key, .number("\(total)"))
            }
        }
    }
}
