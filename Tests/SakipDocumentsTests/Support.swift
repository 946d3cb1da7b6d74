import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SakipCore
import Testing
import ZIPFoundation

/// Seed fixtures, read once per test.
enum Seeds {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds")

    static func load(_ name: String) throws -> OfficeYear {
        try OfficeYearReader.read(contentsOf: directory.appendingPathComponent("\(name).json")).officeYear
    }

    static let corrected = ["asahan-2024-corrected", "pagaralam-2024-corrected", "pematangsiantar-2024-corrected"]
}

/// An OOXML package opened as a ZIP, with checks on its parts.
struct OpenedPackage {
    let parts: [String: Data]
    let order: [String]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        var order: [String] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
            order.append(entry.path)
        }
        self.parts = parts
        self.order = order
    }

    func text(_ path: String) -> String? { parts[path].map { String(decoding: $0, as: UTF8.self) } }

    /// Parts whose XML is not well-formed, with the parser's error.
    var malformedParts: [String] {
        order.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.compactMap { path in
            let parser = XMLParser(data: parts[path]!)
            return parser.parse() ? nil : "\(path): \(parser.parserError.map { "\($0)" } ?? "?")"
        }
    }

    /// Parts without a content type (neither an Override nor a Default for their extension).
    var partsWithoutContentType: [String] {
        guard let types = text("[Content_Types].xml") else { return ["[Content_Types].xml"] }
        return order.filter { $0 != "[Content_Types].xml" }.filter { path in
            // "_rels/.rels" has the extension "rels" for OPC, though Foundation sees none.
            let ext = path.split(separator: "/").last?.split(separator: ".").last.map(String.init) ?? ""
            return !types.contains("PartName=\"/\(path)\"") && !types.contains("Extension=\"\(ext)\"")
        }
    }

    /// Overrides that name a part the package does not have.
    var overridesWithoutPart: [String] {
        guard let types = text("[Content_Types].xml") else { return [] }
        return attributeValues("PartName", in: types).map { String($0.dropFirst()) }.filter { parts[$0] == nil }
    }

    /// Relationship targets (internal) that do not exist, as "rels-part -> target".
    var danglingRelationships: [String] {
        order.filter { $0.hasSuffix(".rels") }.flatMap { relsPath -> [String] in
            let source = relsPath.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
            let base = (source as NSString).deletingLastPathComponent
            return attributeValues("Target", in: text(relsPath) ?? "").compactMap { target in
                let resolved = Self.normalise(base.isEmpty ? target : "\(base)/\(target)")
                return parts[resolved] == nil ? "\(relsPath) -> \(target)" : nil
            }
        }
    }

    /// Relationship ids used in a part (r:id="…") that its .rels does not declare.
    func undeclaredIds(in path: String) -> [String] {
        let base = (path as NSString).deletingLastPathComponent
        let rels = text("\(base)/_rels/\((path as NSString).lastPathComponent).rels") ?? ""
        let declared = Set(attributeValues("Id", in: rels))
        return Set(attributeValues("r:id", in: text(path) ?? "")).subtracting(declared).sorted()
    }

    private static func normalise(_ path: String) -> String {
        var stack: [Substring] = []
        for piece in path.split(separator: "/") {
            if piece == ".." { _ = stack.popLast() } else if piece != "." { stack.append(piece) }
        }
        return stack.joined(separator: "/")
    }

    /// The text of every w:t element of the main document, run after run.
    var documentText: String { Self.runText(text("word/document.xml") ?? "") }

    /// The text of every w:t element in a piece of WordprocessingML, unescaped. Scans the UTF-8 bytes:
    /// Foundation's `range(of:)` on a substring with non-ASCII text (no-break spaces) is quadratic.
    static func runText(_ xml: some StringProtocol) -> String {
        let bytes = Array(xml.utf8)
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            guard pattern.count <= bytes.count else { return nil }
            var i = start
            while i + pattern.count <= bytes.count {
                if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
                i += 1
            }
            return nil
        }
        var runs: [UInt8] = []
        var position = 0
        while let open = find("<w:t", from: position) {
            let afterTag = open + 4
            // <w:t> or <w:t xml:space…>, not <w:tbl>, <w:tc>, <w:tab/> …
            guard afterTag < bytes.count, bytes[afterTag] == UInt8(ascii: ">") || bytes[afterTag] == UInt8(ascii: " ") else {
                position = afterTag
                continue
            }
            guard let close = find(">", from: afterTag), let end = find("</w:t>", from: afterTag) else { break }
            runs += bytes[(close + 1)..<end]
            position = end + 6
        }
        let out = String(decoding: runs, as: UTF8.self)
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// The Word table printed under a caption, as the text of each cell, header row first; nil when the
    /// document has no such caption followed by a table.
    func tableRows(caption: String) -> [[String]]? {
        guard let xml = text("word/document.xml"),
              let at = xml.range(of: ">\(caption.replacingOccurrences(of: "&", with: "&amp;"))</w:t>"),
              let start = xml[at.upperBound...].range(of: "<w:tbl>"),
              let end = xml[start.upperBound...].range(of: "</w:tbl>") else { return nil }
        return xml[start.upperBound..<end.lowerBound].components(separatedBy: "<w:tr>").dropFirst().map { row in
            row.components(separatedBy: "<w:tc>").dropFirst().map { Self.runText($0) }
        }
    }
}

/// Values of an attribute in XML text (a plain scan: the writers never put quotes inside values).
func attributeValues(_ name: String, in xml: String) -> [String] {
    // One split, not a search per value: searching a substring with non-ASCII text again and again is quadratic.
    xml.components(separatedBy: " \(name)=\"").dropFirst().compactMap { piece in
        piece.firstIndex(of: "\"").map { String(piece[..<$0]) }
    }
}

/// Checks shared by every generated package.
func expectValidPackage(_ package: OpenedPackage, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(package.malformedParts.isEmpty, "malformed: \(package.malformedParts)", sourceLocation: sourceLocation)
    #expect(package.partsWithoutContentType.isEmpty, "no content type: \(package.partsWithoutContentType)", sourceLocation: sourceLocation)
    #expect(package.overridesWithoutPart.isEmpty, "override without part: \(package.overridesWithoutPart)", sourceLocation: sourceLocation)
    #expect(package.danglingRelationships.isEmpty, "dangling: \(package.danglingRelationships)", sourceLocation: sourceLocation)
    #expect(package.order.first == "[Content_Types].xml", sourceLocation: sourceLocation)
}
