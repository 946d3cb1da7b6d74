/// `[Content_Types].xml`: the media type of every part of a package.
struct ContentTypes {
    /// Media types used by the writers.
    enum Media {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let spreadsheetStyles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let appProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }

    private(set) var defaults: [(ext: String, type: String)] = [("rels", Media.relationships), ("xml", Media.xml)]
    private(set) var overrides: [(part: String, type: String)] = []

    /// Declares a media type for every part with an extension.
    mutating func addDefault(extension ext: String, type: String) {
        if !defaults.contains(where: { $0.ext == ext }) { defaults.append((ext, type)) }
    }

    /// Declares the media type of one part (path without a leading slash).
    mutating func addOverride(part: String, type: String) { overrides.append((part, type)) }

    var xml: String {
        var out = XMLText.declaration
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        for item in defaults { out += "<Default Extension=\"\(item.ext)\" ContentType=\"\(item.type)\"/>" }
        for item in overrides { out += "<Override PartName=\"/\(XMLText.escape(item.part))\" ContentType=\"\(item.type)\"/>" }
        return out + "</Types>"
    }
}
