import Foundation

/// Mutations of a workbook: of the XML inside its parts (cell references, row numbers, shared-string numbers,
/// numbers, types, styles, nesting, DTDs, truncation), of its list of parts, and of the ZIP bytes themselves.
enum WorkbookMutator {
    static func mutate(_ parts: [(path: String, data: Data)], using rng: inout SplitMix) throws -> Data {
        let mode = rng.below(10)
        if mode < 2 { return ByteMutator.mutate(try XlsxWriter.zip(parts), using: &rng) }
        if mode == 2 { return try zipStructure(parts, using: &rng) }
        var parts = parts
        for _ in 0..<(1 + rng.below(3)) {
            let index = preferredPart(parts, using: &rng)
            var text = String(decoding: parts[index].data, as: UTF8.self)
            text = mutateXML(text, using: &rng)
            parts[index].data = Data(text.utf8)
        }
        if rng.oneIn(12) { parts = partList(parts, using: &rng) }
        return try XlsxWriter.zip(parts, stored: rng.oneIn(4))
    }

    /// Mostly the worksheets and shared strings, where the cells are.
    private static func preferredPart(_ parts: [(path: String, data: Data)], using rng: inout SplitMix) -> Int {
        let sheets = parts.indices.filter { parts[$0].path.contains("worksheets/") || parts[$0].path.contains("sharedStrings") }
        return !sheets.isEmpty && !rng.oneIn(5) ? rng.pick(sheets) : rng.below(parts.count)
    }

    static func mutateXML(_ xml: String, using rng: inout SplitMix) -> String {
        switch rng.below(16) {
        case 0: return replaceAttribute("r", in: xml, element: "<c ", values: OddValues.cellReferences, using: &rng)
        case 1: return replaceAttribute("r", in: xml, element: "<row ", values: OddValues.rowNumbers, using: &rng)
        case 2: return replaceValue(in: xml, after: "t=\"s\"", values: OddValues.sharedIndexes, using: &rng)
        case 3: return replaceValue(in: xml, after: "<c ", values: OddValues.cellNumbers, using: &rng)
        case 4: return replaceAttribute("t", in: xml, element: "<c ", values: ["s", "b", "e", "str", "inlineStr", "n", "x", "d", ""], using: &rng)
        case 5: return replaceAttribute("s", in: xml, element: "<c ", values: ["1", "0", "-1", "999999", "99999999999999999999", "x"], using: &rng)
        case 6:
            let depth = rng.oneIn(4) ? 100_000 : 300
            return insert(String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth), into: xml, after: "<sheetData>", using: &rng)
        case 7:
            return insert("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", into: xml, after: "?>", using: &rng)
        case 8: return String(xml.prefix(rng.below(max(1, xml.count))))
        case 9: return insert(rng.pick(OddValues.texts), into: xml, after: rng.pick(["<t>", "<v>", "<t xml:space=\"preserve\">", "\">"]), using: &rng)
        case 10: return repeatRows(xml, using: &rng)
        case 11:
            // One cell far right on many rows: the padding counts toward the cell limit.
            let rows = (1...(rng.oneIn(3) ? 300 : 20)).map { "<row r=\"\($0 + 1000)\"><c r=\"XFD\($0 + 1000)\"><v>1</v></c></row>" }.joined()
            return insert(rows, into: xml, after: "<sheetData>", using: &rng)
        case 12: return replaceAttribute(rng.pick(["name", "Target", "Id", "r:id"]), in: xml, element: "<",
                                         values: ["", "../../etc/passwd", "/xl/worksheets/sheet1.xml", "worksheets/sheet9.xml", "rId9", "\u{0}", String(repeating: "L", count: 300)],
                                         using: &rng)
        case 13: return xml.replacingOccurrences(of: rng.pick(["</c>", "</row>", "</si>", "</sheetData>", "\"", "<v>"]), with: rng.pick(["", "<", "&", "\u{0}"]))
        case 14: return insert(String(repeating: "<si><t>x</t></si>", count: 1 + rng.below(2_000)), into: xml, after: "<sst", using: &rng)
        default: return insert(String(repeating: "9", count: 1 + rng.below(500)), into: xml, after: "<v>", using: &rng)
        }
    }

    /// The value of `attribute` in the n-th element starting with `element`, replaced.
    private static func replaceAttribute(_ attribute: String, in xml: String, element: String, values: [String], using rng: inout SplitMix) -> String {
        let marker = " \(attribute)=\""
        let starts = ranges(of: element, in: xml)
        guard !starts.isEmpty else { return xml }
        let start = rng.pick(starts)
        guard let tagEnd = xml[start.upperBound...].firstIndex(of: ">"),
              let found = xml[start.lowerBound..<tagEnd].range(of: marker),
              let close = xml[found.upperBound...].firstIndex(of: "\"") else { return xml }
        return String(xml[..<found.upperBound]) + rng.pick(values) + String(xml[close...])
    }

    /// The text of a `<v>` after the n-th occurrence of `marker`, replaced.
    private static func replaceValue(in xml: String, after marker: String, values: [String], using rng: inout SplitMix) -> String {
        let starts = ranges(of: marker, in: xml)
        guard !starts.isEmpty else { return xml }
        let start = rng.pick(starts)
        guard let open = xml[start.upperBound...].range(of: "<v>"), let close = xml[open.upperBound...].range(of: "</v>") else { return xml }
        return String(xml[..<open.upperBound]) + rng.pick(values) + String(xml[close.lowerBound...])
    }

    private static func insert(_ text: String, into xml: String, after marker: String, using rng: inout SplitMix) -> String {
        let starts = ranges(of: marker, in: xml)
        guard !starts.isEmpty else { return text + xml }
        let at = rng.pick(starts).upperBound
        return String(xml[..<at]) + text + String(xml[at...])
    }

    private static func repeatRows(_ xml: String, using rng: inout SplitMix) -> String {
        guard let open = xml.range(of: "<row"), let close = xml[open.lowerBound...].range(of: "</row>") else { return xml }
        let row = String(xml[open.lowerBound..<close.upperBound])
        let copies = rng.oneIn(10) ? 5_000 : 2 + rng.below(40)
        return String(xml[..<close.upperBound]) + String(repeating: row, count: copies) + String(xml[close.upperBound...])
    }

    private static func ranges(of marker: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var rest = text.startIndex..<text.endIndex
        while found.count < 5_000, let range = text.range(of: marker, range: rest) {
            found.append(range)
            rest = range.upperBound..<text.endIndex
        }
        return found
    }

    /// Parts removed, duplicated under another name, or one part made huge (a ZIP bomb when deflated).
    private static func partList(_ parts: [(path: String, data: Data)], using rng: inout SplitMix) -> [(path: String, data: Data)] {
        var parts = parts
        switch rng.below(3) {
        case 0: parts.remove(at: rng.below(parts.count))
        case 1: parts.append(("xl/worksheets/sheet2.xml", parts[rng.below(parts.count)].data))
        default:
            let index = preferredPart(parts, using: &rng)
            parts[index].data = Data(repeating: 0x20, count: rng.oneIn(5) ? 101_000_000 : 2_000_000)
        }
        return parts
    }

    /// The ZIP's own fields changed: sizes, method, flags, CRC and offsets of the central directory.
    private static func zipStructure(_ parts: [(path: String, data: Data)], using rng: inout SplitMix) throws -> Data {
        var bytes = [UInt8](try XlsxWriter.zip(parts))
        let records = offsets(of: 0x0201_4B50, in: bytes)
        guard !records.isEmpty else { return Data(bytes) }
        for _ in 0..<(1 + rng.below(3)) {
            let record = rng.pick(records)
            let field = rng.pick([8, 10, 16, 20, 24, 28, 30, 42])
            let values: [UInt32] = [0, 1, 0xFFFF, 0xFFFF_FFFF, 0x7FFF_FFFF, UInt32(rng.below(1 << 20)), 99]
            let value = rng.pick(values)
            let width = [8, 10, 28, 30].contains(field) ? 2 : 4
            for byte in 0..<width where record + field + byte < bytes.count { bytes[record + field + byte] = UInt8((value >> (8 * UInt32(byte))) & 0xFF) }
        }
        if rng.oneIn(4), let end = offsets(of: 0x0605_4B50, in: bytes).last {
            let field = rng.pick([10, 12, 16])
            let value: UInt32 = rng.pick([0, 0xFFFF, 0xFFFF_FFFF, 5_000_000])
            for byte in 0..<(field == 10 ? 2 : 4) where end + field + byte < bytes.count { bytes[end + field + byte] = UInt8((value >> (8 * UInt32(byte))) & 0xFF) }
        }
        return Data(bytes)
    }

    /// Where a little-endian 32-bit signature occurs.
    private static func offsets(of signature: UInt32, in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= 4 else { return [] }
        return (0...(bytes.count - 4)).filter { at in
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 == signature
        }
    }
}
