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
