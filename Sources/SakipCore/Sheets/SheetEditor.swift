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
        if let quarter = sheet.id.quarter { return QuarterSheet.rows(quarter, of: file) }
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
        try apply(sheet, rows: SheetText.rows(text, for: sheet), to: file)
    }

    /// `file` with the table replaced by `rows` (cells in the column order, each row with the line number
    /// its problems are reported at); refused with every problem when any cell or row is wrong.
    ///
    /// Every problem is found in one pass: the cells each column refuses, rows that repeat another's identity,
    /// and what the reader finds in the rows (unknown references, values that do not fit their indicator),
    /// each at its line and column with what was typed.
    public static func apply(_ sheet: Sheet, rows: [(line: Int, cells: [String])], to file: OfficeYear) throws(SheetRejection) -> SheetResult {
        if rows.count > Sheet.maximumRows {
            throw SheetRejection(problems: [SheetProblem(line: rows[Sheet.maximumRows].line, column: nil, value: nil,
                reason: "tabel berisi \(IndonesianFormat.count(rows.count)) baris; satu tabel paling banyak \(IndonesianFormat.count(Sheet.maximumRows)) baris. Bagi data menjadi beberapa tabel atau ringkas per kecamatan")])
        }
        if AgreementSheet.part(of: sheet.id) != nil { return try AgreementSheet.apply(sheet, rows: rows, to: file) }
        var problems: [SheetProblem] = []
        var objects: [JSONValue] = []
        var lines: [Int] = []
        var typed: [Int: [String]] = [:]
        for row in rows {
            if row.cells.count > sheet.columns.count {
                problems.append(SheetProblem(line: row.line, column: nil, value: nil,
                    reason: "baris berisi \(row.cells.count) sel, padahal tabel ini \(sheet.columns.count) kolom (\(sheet.headers.joined(separator: ", ")))"))
                continue
            }
            let cells = row.cells + Array(repeating: "", count: sheet.columns.count - row.cells.count)
            let converted = SheetCell.object(cells, columns: sheet.columns, line: row.line)
            objects.append(converted.object)
            lines.append(row.line)
            typed[row.line] = cells
            problems += converted.problems
        }
        problems += SheetDuplicates.find(objects, lines: lines, in: sheet)
        var placement: [(prefix: String, line: Int)] = []
        let array: JSONValue
        if sheet.id == .budget {
            let tree = BudgetSheet.nest(objects, lines: lines, keeping: file.budget.tree, problems: &problems)
            array = tree.array
            placement = tree.placement
        } else if sheet.id == .dpt {
            let recap = DPTSheet.nest(objects, lines: lines, into: OfficeYearWriter.value(file).value(at: sheet.path),
                                      eventIds: file.elections.map(\.id), problems: &problems)
            array = recap.array
            placement = recap.placement
        } else if let quarter = sheet.id.quarter {
            let realisations = QuarterSheet.merge(objects, lines: lines, quarter: quarter, into: file, problems: &problems)
            array = realisations.array
            placement = realisations.placement
        } else {
            array = .array(keepingHidden(objects, of: sheet, from: OfficeYearWriter.value(file).value(at: sheet.path)))
            placement = lines.indices.map { ("\(sheet.jsonPath)[\($0)]", lines[$0]) }
        }

        let stored = OfficeYearWriter.value(file)
        // An empty table creates no section the file did not have (an empty `logistics` object, say).
        let root = array == .array([]) && stored.value(at: sheet.path) == nil
            ? stored : stored.setting(array, at: sheet.path, defaults: defaults(for: file))
        let index = PlacementIndex(placement)
        let located = { (issue: LocatedIssue) in locate(issue, in: sheet, placement: index, typed: typed) }
        let read: OfficeYearReader.Result?
        var found: [SheetProblem]
        var warnings: [LocatedIssue]
        do {
            let result = try OfficeYearReader.read(JSONWriter.write(root))
            (read, found, warnings) = (result, [], result.warnings)
        } catch {
            (read, found, warnings) = (nil, error.issues.map(located), error.warnings)
        }
        // A value that does not fit its indicator is refused in the table it was typed in; elsewhere it stays a warning.
        let typedHere = warnings.filter { $0.refusedWhereTyped && located($0).line != nil }
        found += typedHere.map(located)
        warnings.removeAll { issue in typedHere.contains(issue) }
        problems += SheetProblems.unrepeated(found, after: problems, rejectedIdentities: rejectedIdentities(problems, objects, lines, sheet))
        guard problems.isEmpty, let read else { throw SheetRejection(listing: SheetProblems.ordered(problems)) }
        return SheetResult(officeYear: read.officeYear, warnings: warnings.map(located))
    }

    /// The rows with the members the table does not show, taken from the stored row with the same identity.
    private static func keepingHidden(_ objects: [JSONValue], of sheet: Sheet, from stored: JSONValue?) -> [JSONValue] {
        guard !sheet.identity.isEmpty, case .array(let old)? = stored else { return objects }
        let shown = Set(sheet.columns.map(\.outerKey))
        func identity(_ object: JSONValue) -> [JSONValue?] { sheet.identity.map { object[$0] } }
        // One dictionary of the stored rows by identity (the first of equals wins): a search per row is quadratic.
        var stored: [[JSONValue?]: JSONValue] = [:]
        for row in old where stored[identity(row)] == nil { stored[identity(row)] = row }
        return objects.map { object in
            guard case .object(var members) = object,
                  let match = stored[identity(object)],
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

    /// A reader issue, placed at the line and column of the table when it lies in the table (with the cell
    /// as typed), else at its place in words with the JSON path for small print.
    static func locate(_ issue: LocatedIssue, in sheet: Sheet, placement: PlacementIndex,
                       typed: [Int: [String]] = [:]) -> SheetProblem {
        guard let match = placement.match(issue.path) else {
            return SheetProblem(line: nil, column: nil, value: issue.value, reason: issue.reason, place: issue.location, path: issue.path)
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
        let position = column.flatMap { column in sheet.columns.firstIndex(of: column) }
        let cell = position.flatMap { typed[match.line]?[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        return SheetProblem(line: match.line, column: column?.header, value: cell ?? issue.value, reason: issue.reason, path: issue.path)
    }

    /// The identities of rows with a refused cell: a reference to them elsewhere fails only because the row was
    /// refused, so that failure is not reported twice.
    private static func rejectedIdentities(_ problems: [SheetProblem], _ objects: [JSONValue], _ lines: [Int], _ sheet: Sheet) -> Set<String> {
        let refused = Set(problems.compactMap(\.line))
        var identities = Set<String>()
        for (object, line) in zip(objects, lines) where refused.contains(line) {
            for key in sheet.identity { if case .string(let id)? = object[key] { identities.insert(id) } }
        }
        return identities
    }
}
