import Foundation

/// One column of a sheet: its Indonesian header and where its cell goes in the office-year file.
public struct SheetColumn: Hashable, Sendable {
    /// How a cell is written into (and read out of) the file's JSON.
    public enum Kind: Hashable, Sendable {
        /// Free text; an empty cell leaves the key out.
        case text
        /// A whole number (year, revision number).
        case integer
        /// A count of people or things, shown with thousands separators ("16.561"); "16561" is read too.
        case count
        /// Rupiah, written the Indonesian way ("83.389.671.000").
        case money
        /// A date written "9 Januari 2024" or "2024-01-09".
        case date
        /// A comma-separated list ("Kisaran, Air Batu").
        case list
        /// "ya" or "tidak".
        case flag
        /// One of a few values, each with its Indonesian label (label, value in the file).
        case choice([Choice])
        /// Element `index` of the array under the column's key (a RAK quarter).
        case element(Int)
        /// The entry `name` of the object under the column's key (a Renstra year).
        case entry(String)
    }

    /// An allowed value of a choice column.
    public struct Choice: Hashable, Sendable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var header: String
    /// The key of the row's JSON object; "turnout.male" puts the cell in the object under `turnout`.
    public var key: String
    public var kind: Kind
    /// Whether a row must fill it.
    public var required: Bool
    /// Other headers this column has in the tables offices already keep (a seed's "Nama Kecamatan"),
    /// recognised when a workbook is imported.
    public var aliases: [String]

    public init(_ header: String, key: String, kind: Kind = .text, required: Bool = false, aliases: [String] = []) {
        self.header = header
        self.key = key
        self.kind = kind
        self.required = required
        self.aliases = aliases
    }

    /// The key under which the row's object holds the cell (the part before the dot of a nested key).
    public var outerKey: String { String(key.prefix { $0 != "." }) }
    /// The key inside the nested object, for a nested key.
    public var innerKey: String? { key.contains(".") ? String(key.drop { $0 != "." }.dropFirst()) : nil }
}

extension SheetColumn.Kind {
    /// A choice column offering every value of `type` by its Indonesian label.
    static func choice<E: IndonesianChoice>(of type: E.Type) -> Self {
        .choice(E.allCases.map { SheetColumn.Choice($0.choiceLabel, $0.rawValue) })
    }
}
