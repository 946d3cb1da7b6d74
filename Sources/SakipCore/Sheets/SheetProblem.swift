/// A refused cell or row of a pasted table, located as the user sees it: line and column, or, for a
/// problem the table causes elsewhere in the office-year, that place in words.
public struct SheetProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line of the pasted text (1-based); nil for a problem elsewhere in the office-year.
    public var line: Int?
    /// The column's header.
    public var column: String?
    /// The cell as typed.
    public var value: String?
    public var reason: String
    /// The cell of an imported workbook ("Lembar \"DPT\", sel F7").
    public var cell: String?
    /// A place outside the table, in words ("RKT indikator I7, kolom Indikator").
    public var place: String?
    /// The place in the office-year file (JSON path), for small print; nil for a problem of the table itself.
    public var path: String?

    public init(line: Int?, column: String?, value: String?, reason: String, cell: String? = nil,
                place: String? = nil, path: String? = nil) {
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        self.cell = cell
        self.place = place
        self.path = path
    }

    /// "Baris 3, kolom Target (\"75 persen\"): …".
    public var description: String {
        var places: [String] = []
        if let cell { places.append(cell) }
        if let line { places.append("Baris \(line)") }
        if let column { places.append("kolom \(column)") }
        if line == nil, let place { places.append(place) }
        let value = value.map { " (\"\($0)\")" } ?? ""
        return places.isEmpty ? reason : "\(places.joined(separator: ", "))\(value): \(reason)"
    }
}

/// A table that was not saved, with every problem found in it.
public struct SheetRejection: Error, Sendable {
    public var problems: [SheetProblem]

    public init(problems: [SheetProblem]) { self.problems = problems }

    /// The most problems listed: a page of thousands of messages helps no one, and the first ones show the pattern.
    public static let listedProblems = 200

    /// The first ``listedProblems`` problems, then one line saying how many more there are.
    init(listing problems: [SheetProblem]) {
        guard problems.count > Self.listedProblems else {
            self.problems = problems
            return
        }
        let rest = problems.count - Self.listedProblems
        self.problems = Array(problems.prefix(Self.listedProblems))
            + [SheetProblem(line: nil, column: nil, value: nil,
                            reason: "dan \(IndonesianFormat.count(rest)) masalah lain pada tabel ini; perbaiki yang di atas lalu simpan lagi untuk melihatnya")]
    }
}

/// A table applied to an office-year: the new office-year and the reader's warnings about it.
public struct SheetResult: Sendable {
    public var officeYear: OfficeYear
    public var warnings: [SheetProblem]
}
