/// Where a finding lies: in the report's terms (table, row, field) and in the office-year file (JSON path).
public struct ReviewPlace: Hashable, Sendable, CustomStringConvertible {
    /// The table or section as the report names it ("Tabel pengukuran kinerja", "BAB III.A Rincian Output 6870").
    public var table: String
    /// The row within it ("I10 Persentase pemilih …", "076.01.CQ.6870.QGE"), when the finding is about one row.
    public var row: String?
    /// The column or field ("capaian", "persen", "tanggal").
    public var field: String?
    /// The JSON path in the office-year file ("$.measurement.rows[8].printed.capaian").
    public var path: String?

    public init(table: String, row: String? = nil, field: String? = nil, path: String? = nil) {
        self.table = table
        self.row = row
        self.field = field
        self.path = path
    }

    /// "Tabel pengukuran kinerja, baris I10 …, kolom capaian".
    public var description: String {
        var parts = [table]
        if let row { parts.append("baris \(row)") }
        if let field { parts.append("kolom \(field)") }
        return parts.joined(separator: ", ")
    }
}
