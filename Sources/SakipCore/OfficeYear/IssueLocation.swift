/// Names a place of an office-year file the way an office user knows it: "$.objectives[2].goalId" is
/// "Sasaran S3, kolom Tujuan", "$.renstra.targets[4].byYear.2025" is "Target Renstra indikator I7, tahun 2025".
///
/// Items of a list are named by their id, indicator, code or name when the file's JSON is given, else by their
/// position ("Sasaran ke-3"); fields by their Indonesian column names.
public enum IssueLocation {
    /// The place of `path` in words; `root` is the file's JSON, for the ids of the items on the way.
    public static func describe(_ path: String, in root: JSONValue?) -> String {
        guard path.hasPrefix("$") else { return "Berkas" }
        let segments = parse(path)
        var parts: [String] = []
        var fields: [String] = []
        var keys: [String] = []
        var value = root
        var index = 0
        while index < segments.count {
            switch segments[index] {
            case .key(let key):
                let next = index + 1 < segments.count ? segments[index + 1] : nil
                // Budget lines nest as "children": each is named by its own code, like its parent.
                if key != "children" { keys.append(key) }
                value = value?[key]
                let sectionPath = keys.joined(separator: ".")
                if case .index(let position)? = next {
                    let item = value.flatMap { element($0, position) }
                    if let section = sections[sectionPath] ?? (key == "children" ? sections["budget.lines"] : nil) {
                        if key == "children", !parts.isEmpty { parts.removeLast() }
                        parts.append(section.name(item, position))
                        fields = []
                    } else {
                        fields.append(listItem(key, position))
                    }
                    value = item
                    index += 2
                    continue
                }
                if key == "byYear", case .key(let year)? = next {
                    fields.append("tahun \(year)")
                    index += 2
                    continue
                }
                if isSection(sectionPath, next) {
                    // The list's own name ("Target Renstra") says where it is.
                } else if let container = containers[sectionPath] {
                    parts.append(container)
                } else {
                    fields.append(label(key, first: fields.isEmpty))
                }
            case .index(let position):
                fields.append("urutan ke-\(position + 1)")
                value = value.flatMap { element($0, position) }
            }
            index += 1
        }
        if let first = fields.first {
            parts.append(fields.count == 1 ? first : first + ": " + fields.dropFirst().joined(separator: ", "))
        }
        if parts.count == 1, fields.isEmpty == false, segments.count == 1 { return "Berkas, " + parts[0] }
        return parts.isEmpty ? "Berkas" : parts.joined(separator: ", ")
    }

    private enum Segment: Equatable {
        case key(String)
        case index(Int)
    }

    /// "$.a.b[2].c" → a, b, [2], c.
    private static func parse(_ path: String) -> [Segment] {
        var segments: [Segment] = []
        var rest = path.dropFirst()
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                segments.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                let digits = rest.dropFirst().prefix { $0 != "]" }
                segments.append(.index(Int(digits) ?? 0))
                rest = rest.dropFirst(digits.count + 2)
            } else {
                let key = rest.prefix { $0 != "." && $0 != "[" }
                segments.append(.key(String(key)))
                rest = rest.dropFirst(max(key.count, 1))
            }
        }
        return segments
    }

    private static func element(_ value: JSONValue, _ position: Int) -> JSONValue? {
        guard case .array(let items) = value, items.indices.contains(position) else { return nil }
        return items[position]
    }

    private static func isSection(_ container: String, _ next: Segment?) -> Bool {
        guard case .key(let key)? = next else { return false }
        return sections["\(container).\(key)"] != nil
    }

    /// "triwulan III", "bulan Maret", "bukti dukung ke-2".
    private static func listItem(_ key: String, _ position: Int) -> String {
        switch key {
        case "quarters" where (0..<4).contains(position):
            "triwulan \(["I", "II", "III", "IV"][position])"
        case "months" where IndonesianDate.monthNames.indices.contains(position):
            "bulan \(IndonesianDate.monthNames[position])"
        default:
            "\(label(key, first: true)) ke-\(position + 1)"
        }
    }

    /// "kolom Tujuan" for the first field of a place, the bare name for a field inside it.
    private static func label(_ key: String, first: Bool) -> String {
        let name = fieldLabels[key] ?? "\"\(key)\""
        return first ? "kolom \(name)" : name.lowercased()
    }
}
