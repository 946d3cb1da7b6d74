import Foundation
import SakipCore

/// A numbered table of a report, kept as data so that the DOCX shows it and the XLSX carries its numbers.
public struct ReportTable: Sendable {
    /// How a number is shown.
    public enum NumberStyle: Sendable {
        /// "1.234" (counts, years kept as text elsewhere).
        case integer
        /// "83.098.081.692": rupiah without the sign, as the seed tables print them.
        case money
        /// "99,65 %": a percentage, rounded half-up to two decimals.
        case percent
        /// "74,63": two decimals.
        case decimal
    }

    /// One cell.
    public enum Cell: Sendable {
        case text(String)
        case number(Decimal, NumberStyle)
        case empty

        /// The Indonesian spelling the DOCX shows.
        public var display: String {
            switch self {
            case .text(let text): text
            case .empty: ""
            case .number(let value, .integer): IndonesianFormat.number(value)
            case .number(let value, .money): IndonesianFormat.number(value)
            case .number(let value, .percent): IndonesianFormat.percent(value)
            case .number(let value, .decimal): IndonesianFormat.number(value, fractionDigits: 2)
            }
        }

        var isNumber: Bool { if case .number = self { return true } else { return false } }
    }

    /// A row: ordinary, a group heading spanning the table, or a bold total.
    public struct Row: Sendable {
        public enum Kind: Sendable { case normal, group, total }
        public var cells: [Cell]
        public var kind: Kind
        public init(_ cells: [Cell], kind: Kind = .normal) {
            self.cells = cells
            self.kind = kind
        }
    }

    /// A column: its heading and its relative width, the share of the page it gets once every column is
    /// as wide as its longest unbreakable word (see `ColumnWidths`).
    public struct Column: Sendable {
        public var title: String
        public var width: Int
        public init(_ title: String, width: Int) {
            self.title = title
            self.width = width
        }
    }

    /// "3.1": chapter and position.
    public var number: String
    public var title: String
    public var columns: [Column]
    public var rows: [Row]

    public init(number: String, title: String, columns: [Column], rows: [Row]) {
        self.number = number
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// "Tabel 3.1".
    public var label: String { "Tabel \(number)" }

    /// "Tabel 3.1 Capaian Kinerja …": the caption above the table.
    public var caption: String { "\(label) \(title)" }
}

extension ReportTable.Cell {
    /// A rupiah amount.
    static func money(_ value: Decimal) -> Self { .number(value, .money) }
    /// A percentage, or "-" when there is none (pagu 0).
    static func percent(_ value: Decimal?) -> Self { value.map { .number($0.roundedHalfUp(scale: 2), .percent) } ?? .text("-") }
    /// A count.
    static func count(_ value: Int) -> Self { .number(Decimal(value), .integer) }
}
