import Foundation

/// An indicator of the national catalogue kept by KPU RI: the one name under which the same indicator, worded
/// differently by each office, is compared across offices.
public struct CatalogueEntry: Hashable, Sendable {
    /// The stable code ("IKU-07").
    public var code: String
    /// The catalogue's wording.
    public var name: String
    public var kind: IndicatorKind
    public var polarity: Polarity
    /// The unit of a count ("Laporan", "kali").
    public var unit: String?
    /// A key indicator (IKU) that province and national pages compare.
    public var iku: Bool
    /// Other wordings offices are known to use for the same indicator; they help the suggested match.
    public var aliases: [String]
    /// Where the entry comes from, or what it counts.
    public var note: String?

    public init(code: String, name: String, kind: IndicatorKind, polarity: Polarity = .higherIsBetter, unit: String? = nil,
                iku: Bool = false, aliases: [String] = [], note: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.polarity = polarity
        self.unit = unit
        self.iku = iku
        self.aliases = aliases
        self.note = note
    }

    /// The name and the aliases: every wording the matcher compares with.
    public var wordings: [String] { [name] + aliases }
}

/// The national indicator catalogue: entries with unique codes, in the order KPU RI lists them.
public struct IndicatorCatalogue: Hashable, Sendable {
    public private(set) var entries: [CatalogueEntry]
    private var positions: [String: Int]

    /// A catalogue; throws when two entries share a code or a code is empty.
    public init(entries: [CatalogueEntry]) throws(CatalogueError) {
        var positions: [String: Int] = [:]
        var problems: [String] = []
        for (index, entry) in entries.enumerated() {
            if entry.code.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("entri ke-\(index + 1) tanpa kode") }
            if positions[entry.code] != nil { problems.append("kode \(entry.code) dipakai lebih dari satu entri") }
            if entry.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("entri \(entry.code) tanpa nama") }
            positions[entry.code] = positions[entry.code] ?? index
        }
        guard problems.isEmpty else { throw CatalogueError(problems) }
        self.entries = entries
        self.positions = positions
    }

    /// The entry with a code.
    public func entry(_ code: String) -> CatalogueEntry? { positions[code].map { entries[$0] } }

    /// The key indicators, in catalogue order.
    public var ikuEntries: [CatalogueEntry] { entries.filter(\.iku) }
}

/// A catalogue or mapping that cannot be used, with every problem in Indonesian.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [String]

    public init(_ problems: [String]) { self.problems = problems }

    public var description: String {
        "Katalog indikator tidak dapat dipakai: " + problems.joined(separator: "; ")
    }
}
