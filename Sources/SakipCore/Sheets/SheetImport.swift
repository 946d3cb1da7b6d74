/// A table read from a workbook in the layout an office already keeps (the seeds' "Tabel 3.3", "Tabel 6" …):
/// the header row is found by the column names, the "No" column, the row of column numbers and the
/// "Jumlah" line are left out, and every row keeps its spreadsheet row number for the messages.
public struct SheetImport: Sendable {
    /// The worksheet the table was found in.
    public var worksheet: String
    /// The rows in the sheet's column order, each with its spreadsheet row number.
    public var rows: [(line: Int, cells: [String])]
    /// The workbook column letter of each sheet column found, by header.
    public var columns: [String: String]
    /// What was left out and why ("Baris 11: baris jumlah, dihitung ulang dari baris-baris di atasnya").
    public var notes: [String]

    /// Finds `sheet`'s table in the worksheets; `fill` gives the value of a column the workbook does not
    /// have (by key: the election a DPT recap belongs to).
    public static func read(_ grids: [SheetGrid], for sheet: Sheet, fill: [String: String] = [:]) throws(SheetRejection) -> SheetImport {
        var best: (grid: SheetGrid, header: Header)?
        for grid in grids {
            guard let header = Header.find(in: grid, sheet: sheet, filled: Set(fill.keys)) else { continue }
            if header.mapping.count > best?.header.mapping.count ?? -1 { best = (grid, header) }
        }
        guard let (grid, header) = best else {
            let wanted = sheet.columns.filter { $0.required && fill[$0.key] == nil }.map(\.header)
            throw SheetRejection(problems: [SheetProblem(line: nil, column: nil, value: nil,
                reason: "baris judul tabel \(sheet.title) tidak ditemukan di \(grids.count) lembar kerja berkas ini; diperlukan kolom \(wanted.joined(separator: ", ")) (atau nama lain yang lazim, mis. \"Nama Kecamatan\", \"Jumlah TPS\")")])
        }
        var result = SheetImport(worksheet: grid.name, rows: [], columns: [:], notes: [])
        for (index, column) in header.mapping { result.columns[sheet.columns[index].header] = SheetGrid.letters(column) }
        let textColumns = sheet.columns.indices.filter { sheet.columns[$0].required && sheet.columns[$0].kind == .text && fill[sheet.columns[$0].key] == nil }
        let data = grid.rows.filter { $0.number > header.lastRow }
        for (position, row) in data.enumerated() {
            let first = row.cells.first { !$0.isEmpty } ?? ""
            if ["keterangan", "catatan", "sumber"].contains(where: { first.lowercased().hasPrefix($0) }) { break }
            if isColumnNumbering(row) {
                result.notes.append("Baris \(row.number): nomor kolom (1, 2, 3 …), dilewati")
                continue
            }
            let cells = sheet.columns.indices.map { index in
                header.mapping[index].map { row[$0] } ?? fill[sheet.columns[index].key] ?? ""
            }
            let mapped = header.mapping.values.map { row[$0] }
            if mapped.allSatisfy(\.isEmpty) { continue }
            let isTotal = row.cells.contains { ["jumlah", "total", "jumlah total"].contains($0.lowercased()) }
                || (!textColumns.isEmpty && textColumns.allSatisfy { cells[$0].isEmpty } && position == data.count - 1)
            if isTotal {
                result.notes.append("Baris \(row.number): baris jumlah, dilewati (jumlah selalu dihitung dari baris-baris tabel)")
                continue
            }
            result.rows.append((row.number, cells))
        }
        return result
    }

    /// The problems of applying the rows, each with the worksheet cell it came from.
    public func locate(_ problems: [SheetProblem]) -> [SheetProblem] {
        problems.map { problem in
            var located = problem
            guard let line = problem.line else { return located }
            if let column = problem.column, let letters = columns[column] {
                located.cell = "Lembar \"\(worksheet)\", sel \(letters)\(line)"
            } else {
                located.cell = "Lembar \"\(worksheet)\""
            }
            return located
        }
    }

    /// A row like "1 2 3 4 5" under the header, numbering the columns as KPU tables do.
    private static func isColumnNumbering(_ row: SheetGrid.Row) -> Bool {
        let numbers = row.cells.filter { !$0.isEmpty }.compactMap { Int($0) }
        return numbers.count >= 3 && numbers.count == row.cells.filter({ !$0.isEmpty }).count
            && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// The header found: its last row and, for each sheet column (by index), the workbook column.
    struct Header {
        var lastRow: Int
        var mapping: [Int: Int]
        /// Whether a column was named by the second row of a two-row header.
        var namedByBottom = false

        /// The first one- or two-row header among the first rows that names every required column. The row
        /// below counts as header only when it names a column (a "(jumlah)" under "Volume"): otherwise it is the
        /// first data row, whose cells would match no header name.
        static func find(in grid: SheetGrid, sheet: Sheet, filled: Set<String>) -> Header? {
            let required = sheet.columns.indices.filter { sheet.columns[$0].required && !filled.contains(sheet.columns[$0].key) }
            for (index, top) in grid.rows.prefix(40).enumerated() {
                let below = index + 1 < grid.rows.count && grid.rows[index + 1].number == top.number + 1 ? grid.rows[index + 1] : nil
                let single = Header.match(top: top, bottom: nil, sheet: sheet)
                let double = below.map { Header.match(top: top, bottom: $0, sheet: sheet) }.flatMap { header in
                    header.namedByBottom && header.mapping.count >= single.mapping.count ? header : nil
                }
                let candidates = [double, single].compactMap { $0 }.filter { header in required.allSatisfy { header.mapping[$0] != nil } }
                    // A table without required columns (a quarter's realisations) is found by two of its headers.
                    .filter { header in !required.isEmpty || header.mapping.count >= min(2, sheet.columns.count) }
                if let header = candidates.first { return header }
            }
            return nil
        }

        private static func match(top: SheetGrid.Row, bottom: SheetGrid.Row?, sheet: Sheet) -> Header {
            let width = max(top.cells.count, bottom?.cells.count ?? 0)
            var names: [[String]] = []
            var upperNames: [String] = []
            var spanning = ""
            for column in 0..<width {
                let upper = top[column]
                // A header merged over several columns ("Jumlah Pemilih" over L, P, L+P) is written only in its first cell.
                if !upper.isEmpty { spanning = upper } else if bottom?[column].isEmpty ?? true { spanning = "" }
                let lower = bottom?[column] ?? ""
                names.append([upper, lower, lower.isEmpty ? "" : "\(spanning) \(lower)"].filter { !$0.isEmpty }.map(normalise))
                upperNames.append(normalise(upper))
            }
            var mapping: [Int: Int] = [:]
            var used: Set<Int> = []
            var namedByBottom = false
            for (index, column) in sheet.columns.enumerated() {
                let wanted = ([column.header] + column.aliases).map(normalise)
                let matches = { (name: String) in wanted.contains(name) }
                let prefixes = { (name: String) in wanted.contains { $0.count >= 8 && name.hasPrefix($0) } }
                let exact = names.indices.first { !used.contains($0) && names[$0].contains(where: matches) }
                let loose = names.indices.first { !used.contains($0) && names[$0].contains(where: prefixes) }
                if let found = exact ?? loose {
                    mapping[index] = found
                    used.insert(found)
                    let byTop = exact != nil ? matches(upperNames[found]) : prefixes(upperNames[found])
                    if !byTop { namedByBottom = true }
                }
            }
            return Header(lastRow: namedByBottom ? bottom?.number ?? top.number : top.number, mapping: mapping,
                          namedByBottom: namedByBottom)
        }

        /// Lower case, single spaces, no spaces around "/" and "+", so "Kekurangan/ Rusak" = "kekurangan/rusak".
        static func normalise(_ text: String) -> String {
            let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return words.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: "/ ", with: "/")
                .replacingOccurrences(of: " /", with: "/").replacingOccurrences(of: " + ", with: "+")
        }
    }
}
