import Foundation

/// What a server needs to load the national data set into its store, office by office.
extension NationalDataSet {
    /// The reference seeds the generator copies the shapes of, in template order (file names without ".json").
    public static let referenceSeedNames = ["asahan-2024-corrected", "pematangsiantar-2024-corrected", "pagaralam-2024-corrected"]

    /// The data set generated from the reference seeds found in `seedDirectory` (Tests/Fixtures/seeds). Throws the
    /// reader's error, naming the file, when a seed cannot be read.
    public static func reference(seedDirectory: URL, configuration: Configuration = Configuration()) throws -> NationalDataSet {
        let templates = try referenceSeedNames.map { name in
            try OfficeYearReader.read(contentsOf: seedDirectory.appendingPathComponent("\(name).json")).officeYear
        }
        return NationalDataSet(templates: templates, configuration: configuration)
    }

    /// One office with everything to store for it.
    public struct OfficeLoad: Sendable {
        /// Code, name, level, province and parent (``NationalOffice/metadata``) and the office record (``NationalOffice/office``).
        public var office: NationalOffice
        /// Its years, oldest first.
        public var years: [YearLoad]
    }

    /// One office-year to store.
    public struct YearLoad: Sendable {
        public var officeYear: OfficeYear
        /// The office-year as the versioned JSON document the store keeps (``OfficeYearWriter/write(_:)``).
        public var document: String
        /// Where its PK and LKj stand (states, dated transitions, return notes), its injected mistakes and reworded indicators.
        public var scenario: OfficeYearScenario
    }

    /// Everything to store for one office; the same bytes on every call.
    public func load(_ office: NationalOffice) -> OfficeLoad {
        let years = officeYears(of: office).compactMap { officeYear -> YearLoad? in
            guard let scenario = scenario(officeCode: office.code, year: officeYear.year) else { return nil }
            return YearLoad(officeYear: officeYear, document: OfficeYearWriter.write(officeYear), scenario: scenario)
        }
        return OfficeLoad(office: office, years: years)
    }

    /// Every office in ``offices`` order (KPU RI, then each KPU Provinsi before its Kab/Kota, so that a parent is always
    /// stored before its children), one at a time so that the whole set is never in memory.
    public func forEachOfficeLoad(_ body: (OfficeLoad) throws -> Void) rethrows {
        for office in offices { try body(load(office)) }
    }
}
