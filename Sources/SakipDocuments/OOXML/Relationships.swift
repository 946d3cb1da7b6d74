/// A `.rels` part: the relationships of one part (or of the package) to others.
struct Relationships {
    /// Relationship types used by the writers.
    enum Kind {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        static let chart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
        static let package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
        static let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    }

    private(set) var entries: [(id: String, type: String, target: String)] = []

    /// Adds a relationship and returns its id ("rId1", "rId2" … in order, so output is reproducible).
    @discardableResult
    mutating func add(type: String, target: String) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append((id, type, target))
        return id
    }

    var xml: String {
        var out = XMLText.declaration
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for entry in entries {
            out += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(XMLText.escape(entry.target))\"/>"
        }
        return out + "</Relationships>"
    }
}
