/// Reads the text a user pastes from a spreadsheet: one row per line, cells separated by tabs
/// (what Excel and LibreOffice copy) or, when a line has no tab, by semicolons.
public enum SheetText {
    /// The rows with their line numbers (1-based, as the user sees them), blank lines and a header
    /// line equal to `headers` left out.
    public static func rows(_ text: String, headers: [String]) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let separator: Character = line.contains("\t") ? "\t" : ";"
            let cells = line.split(separator: separator, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            if index == 0, isHeader(cells, headers) { continue }
            rows.append((index + 1, cells))
        }
        return rows
    }

    /// The rows of `text` in `sheet`'s column order. A first line that names some of the sheet's columns, in any
    /// order (as a spreadsheet laid out by the office has them), is the header and places each cell under its
    /// column; without one, cells are taken in the column order shown on the page.
    public static func rows(_ text: String, for sheet: Sheet) -> [(line: Int, cells: [String])] {
        let rows = rows(text, headers: sheet.headers)
        guard let first = rows.first, first.line == 1, let positions = columnPositions(first.cells, sheet) else { return rows }
        return rows.dropFirst().map { row in
            var cells = Array(repeating: "", count: sheet.columns.count)
            for (index, cell) in row.cells.enumerated() where index < positions.count { cells[positions[index]] = cell }
            // Cells beyond the named columns stay at the end, so that the row is refused as too long.
            let extra = row.cells.count > positions.count ? Array(row.cells[positions.count...]) : []
            return (row.line, cells + extra.filter { !$0.isEmpty })
        }
    }

    /// For each header cell, the index of the sheet column it names (by its header or an alias); nil when a
    /// cell names no column, a column is named twice, or fewer than two columns are named.
    private static func columnPositions(_ cells: [String], _ sheet: Sheet) -> [Int]? {
        guard cells.count >= min(2, sheet.columns.count) else { return nil }
        var positions: [Int] = []
        for cell in cells {
            let name = cell.lowercased()
            guard let index = sheet.columns.firstIndex(where: { column in
                column.header.lowercased() == name || column.aliases.contains { $0.lowercased() == name }
            }), !positions.contains(index) else { return nil }
            positions.append(index)
        }
        return positions
    }

    /// The text of rows, tab-separated, with the header line first.
    public static func write(_ rows: [[String]], headers: [String]) -> String {
        ([headers] + rows).map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n")
    }

    private static func isHeader(_ cells: [String], _ headers: [String]) -> Bool {
        cells.count >= min(2, headers.count)
            && zip(cells, headers).allSatisfy { $0.lowercased() == $1.lowercased() }
    }

    // A tab or a line break inside a cell would split it when pasted back.
    private static func clean(_ cell: String) -> String {
        cell.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}

import Foundation
