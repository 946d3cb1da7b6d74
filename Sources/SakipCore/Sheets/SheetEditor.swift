import Foundation

/// Shows an office-year's table as rows of text and applies an edited table back, all or nothing.
///
/// A pasted table becomes the JSON rows of the office-year format and the whole file is read again by
/// ``OfficeYearReader``: the same rules and messages as an imported file, located by line and column.
public enum SheetEditor {
    /// The table's current rows, as text cells in the column order.
    public static func rows(_ sheet: Sheet, of file: OfficeYear) -> [[String]] {
        if sheet.id == .budget { return BudgetSheet.rows(file.budget.tree) }
        if sheet.id == .dpt { return DPTSheet.rows(file.elections) }
        if AgreementSheet.part(of: sheet.id) != nil { return AgreementSheet.rows(sheet, of: file) }
        guard case .array(let items)? = OfficeYearWriter.value(file).value(at: sheet.path) else { return [] }
        return items.map { item in sheet.columns.map { SheetCell.text(of: item, column: $0) } }
    }

    /// The table as tab-separated text with its header line, to edit or to copy into a spreadsheet.
    public static func text(_ sheet: Sheet, of file: OfficeYear) -> String {
        SheetText.write(rows(sheet, of: file), headers: sheet.headers)
    }

    /// `file` with the table replaced by `text`; refused with every problem when any cell or row is wrong.
    public static func apply(_ sheet: Sheet, text: String, to file: OfficeYear) throws(SheetRejection) -> SheetResult {
        try apply(sheet, rows: SheetText.rows(text, headers: sheet.headers), to: file)
    }

    /// `file` with the table replaced by `rows` (cells in the column order, each row with the line number
    /// its problems are reported at); refused with every problem when any cell or row is wrong.
    public static func apply(_ sheet: Sheet, rows: [(line: Int, cells: [String])], to file: OfficeYear) throws(SheetRejection) -> SheetResult {
        if AgreementSheet.part(of: sheet.id) != nil { return try AgreementSheet.apply(sheet, rows: rows, to: file) }
        var problems: [SheetProblem] = []
        var objects: [JSONValue] = []
        for row in rows {
            if row.cells.count > sheet.columns.count {
                problems.append(SheetProblem(line: row.line, column: nil, value: nil,
                    reason: "baris berisi \(row.cells.count) sel, padahal tabel ini \(sheet.columns.count) kolom (\(sheet.headers.joined(separator: ", ")))"))
                continue
            }
            let cells = row.cells + Array(repeating: "", count: sheet.columns.count - row.cells.count)
            switch SheetCell.object(cells, columns: sheet.columns, line: row.line) {
            case .success(let object): objects.append(object)
            case .failure(let rejection): problems += rejection.problems
            }
        }
        var placement: [(prefix: String, line: Int)] = []
        let array: JSONValue
        let accepted = rows.filter { row in row.cells.count <= sheet.columns.count && !problems.contains { $0.line == row.line } }.map(\.line)
        if sheet.id == .budget {
            let tree = BudgetSheet.nest(objects, lines: accepted, keeping: file.budget.tree, problems: &problems)
            array = tree.array
            placement = tree.placement
        } else if sheet.id == .dpt {
            let recap = DPTSheet.nest(objects, lines: accepted, into: OfficeYearWriter.value(file).value(at: sheet.path),
                                      eventIds: file.elections.map(\.id), problems: &problems)
            array = recap.array
            placement = recap.placement
        } else {
            array = .array(keepingHidden(objects, of: sheet, from: OfficeYearWriter.value(file).value(at: sheet.path)))
            placement = rows.indices.map { ("\(sheet.jsonPath)[\($0)]", rows[$0].line) }
        }
        guard problems.isEmpty else { throw SheetRejection(problems: problems) }

        let stored = OfficeYearWriter.value(file)
        // An empty table creates no section the file did not have (an empty `logistics` object, say).
        let root = array == .array([]) && stored.value(at: sheet.path) == nil
            ? stored : stored.setting(array, at: sheet.path, defaults: defaults(for: file))
        do {
            let result = try OfficeYearReader.read(JSONWriter.write(root))
            return SheetResult(officeYear: result.officeYear,
                               warnings: result.warnings.map { locate($0, in: sheet, placement: placement) })
        } catch {
            throw SheetRejection(problems: error.issues.map { locate($0, in: sheet, placement: placement) })
        }
    }

    /// The rows with the members the table does not show, taken from the stored row with the same identity.
    private static func keepingHidden(_ objects: [JSONValue], of sheet: Sheet, from stored: JSONValue?) -> [JSONValue] {
        guard !sheet.identity.isEmpty, case .array(let old)? = stored else { return objects }
        let shown = Set(sheet.columns.map(\.outerKey))
        func identity(_ object: JSONValue) -> [JSONValue?] { sheet.identity.map { object[$0] } }
        return objects.map { object in
            guard case .object(var members) = object,
                  let match = old.first(where: { identity($0) == identity(object) }),
                  case .object(let oldMembers) = match else { return object }
            members += oldMembers.filter { !shown.contains($0.key) }
            return .object(members)
        }
    }

    /// What a created parent object needs to be readable.
    private static func defaults(for file: OfficeYear) -> [String: [(key: String, value: JSONValue)]] {
        let period = Sheet.renstraPeriod(file)
        return ["renstra": [("startYear", .number("\(period.lowerBound)")), ("endYear", .number("\(period.upperBound)"))],
                "rkt": [("rows", .array([]))]]
    }

    /// A reader issue, placed at the line and column of the table when it lies in the table.
    static func locate(_ issue: LocatedIssue, in sheet: Sheet, placement: [(prefix: String, line: Int)]) -> SheetProblem {
        let match = placement.filter { issue.path == $0.prefix || issue.path.hasPrefix($0.prefix + ".") || issue.path.hasPrefix($0.prefix + "[") }
            .max { $0.prefix.count < $1.prefix.count }
        guard let match else {
            return SheetProblem(line: nil, column: nil, value: issue.value,
                                reason: "\(issue.reason) (bagian lain berkas: \(issue.path))")
        }
        let rest = issue.path.dropFirst(match.prefix.count).drop { $0 == "." }
        let key = String(rest.prefix { $0 != "." && $0 != "[" })
        let candidates = sheet.columns.filter { $0.outerKey == key }
        let column = candidates.first { column in
            if let inner = column.innerKey { return rest.hasSuffix("." + inner) || rest.contains("." + inner + ".") }
            switch column.kind {
            case .element(let index): return rest.contains("[\(index)]")
            case .entry(let name): return rest.contains(name)
            default: return true
            }
        } ?? candidates.first
        return SheetProblem(line: match.line, column: column?.header, value: issue.value, reason: issue.reason)
    }
}
