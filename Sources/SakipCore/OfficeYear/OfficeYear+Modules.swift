extension OfficeYear {
    /// The keys of the election and logistics modules in the office-year file.
    public static let moduleKeys = ["elections", "logistics", "bindings"]

    /// The election and logistics modules as JSON texts in the file's format, by key; absent keys are left out.
    /// A store that keeps these parts as documents saves them as they are.
    public var moduleJSON: [(key: String, json: String)] {
        let root = OfficeYearWriter.value(self)
        return Self.moduleKeys.compactMap { key in root[key].map { (key, JSONWriter.write($0)) } }
    }

    /// The office-year with its modules read from their JSON texts, checked by the reader against the rest
    /// of the year (indicator and event ids).
    public func withModules(_ parts: [(key: String, json: String)]) throws -> OfficeYear {
        guard !parts.isEmpty else { return self }
        var root = OfficeYearWriter.value(self)
        for part in parts where Self.moduleKeys.contains(part.key) {
            root = root.setting(try JSONParser.parse(part.json), at: [part.key])
        }
        // Only the modules are taken from the re-read file: the rest stays exactly as it was given.
        let read = try OfficeYearReader.read(JSONWriter.write(root)).officeYear
        var next = self
        next.elections = read.elections
        next.logistics = read.logistics
        next.bindings = read.bindings
        return next
    }
}
