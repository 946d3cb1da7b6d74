/// A worksheet of an imported workbook as text cells: its name and its non-empty rows, numbered as the
/// spreadsheet numbers them, each with its cells by column (index 0 is column A).
public struct SheetGrid: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var number: Int
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell of a column, empty when the row is shorter.
        public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }
    }

    public var name: String
    public var rows: [Row]

    public init(name: String, rows: [Row]) {
        self.name = name
        self.rows = rows
    }

    /// The spreadsheet's letters of a column index (0 → A, 26 → AA).
    public static func letters(_ column: Int) -> String {
        var index = column + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }
}
