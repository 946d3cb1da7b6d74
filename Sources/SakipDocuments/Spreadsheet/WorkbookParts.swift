import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects elements of an XML part of a workbook with a callback per element start, end and text, and refuses
/// the part, located and in Indonesian, when its XML is malformed or a subclass finds a value it cannot take.
class PartScanner: NSObject, XMLParserDelegate {
    var text = ""
    /// The first reason the part was refused.
    private(set) var refusal: String?
    private var parser: XMLParser?

    /// Scans `data`, the part `name` of the archive.
    func scan(_ data: Data, part name: String) throws(DocumentError) {
        // Workbook parts never declare a DTD; refusing one rules out entity expansion of any kind.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw .unreadable("bagian \(name) berisi deklarasi <!DOCTYPE>, yang tidak pernah dipakai workbook .xlsx")
        }
        // Fed as a stream, in chunks: given all at once, libxml2 refuses a part over 10 MB ("huge input lookup").
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        self.parser = parser
        defer { self.parser = nil }
        let parsed = parser.parse()
        if let refusal { throw .unreadable(refusal) }
        if !parsed || malformed {
            throw .unreadable("bagian \(name): XML rusak pada baris \(parser.lineNumber), kolom \(parser.columnNumber); simpan ulang tabel sebagai Excel Workbook (.xlsx)")
        }
    }

    /// Refuses the part and stops reading it.
    func refuse(_ reason: String) {
        if refusal == nil { refusal = reason }
        parser?.abortParsing()
    }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        if refusal == nil { start(local(elementName), attributeDict) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if refusal == nil { end(local(elementName)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    /// Set when the parser reports an error, which it may do and still return true.
    private var malformed = false

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { malformed = true }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    private func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }
}

/// xl/sharedStrings.xml: the text of each shared string, runs joined, phonetic hints left out.
final class SharedStrings: PartScanner {
    var items: [String] = []
    private var inPhonetic = false

    static func read(_ data: Data) throws(DocumentError) -> [String] {
        let scanner = SharedStrings()
        try scanner.scan(data, part: "xl/sharedStrings.xml")
        return scanner.items
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "si" { text = "" }
        if name == "rPh" { inPhonetic = true }
    }

    override func end(_ name: String) {
        if name == "rPh" { inPhonetic = false }
        if name == "si" { items.append(text) }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !inPhonetic { text += string }
    }
}

/// xl/styles.xml: which cell formats (by index) show a number as a date.
final class DateStyles: PartScanner {
    private var customDates: Set<Int> = []
    private var formats: [Int] = []
    private var inCellFormats = false

    static func read(_ data: Data) throws(DocumentError) -> Set<Int> {
        let scanner = DateStyles()
        try scanner.scan(data, part: "xl/styles.xml")
        return Set(scanner.formats.indices.filter { index in
            let id = scanner.formats[index]
            return (14...22).contains(id) || (45...47).contains(id) || scanner.customDates.contains(id)
        })
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            let code = (attributes["formatCode"] ?? "").lowercased().replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
            if let id = attributes["numFmtId"].flatMap(Int.init), code.contains("y") || code.contains("d") { customDates.insert(id) }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: String) { if name == "cellXfs" { inCellFormats = false } }
}

/// xl/_rels/workbook.xml.rels: relationship id → part path.
final class Targets: PartScanner {
    var targets: [String: String] = [:]

    static func read(_ data: Data) throws(DocumentError) -> [String: String] {
        let scanner = Targets()
        try scanner.scan(data, part: "xl/_rels/workbook.xml.rels")
        return scanner.targets
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// xl/workbook.xml: the sheets' names and relationship ids in order.
final class WorkbookSheets: PartScanner {
    var sheets: [(name: String, relationship: String)] = []

    static func read(_ data: Data) throws(DocumentError) -> [(name: String, relationship: String)] {
        let scanner = WorkbookSheets()
        try scanner.scan(data, part: "xl/workbook.xml")
        return scanner.sheets
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "sheet", let sheet = attributes["name"] else { return }
        guard sheets.count < WorkbookLimits.worksheets else {
            return refuse("workbook berisi lebih dari \(WorkbookLimits.worksheets) lembar kerja")
        }
        let relationship = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((sheet, relationship))
    }
}
