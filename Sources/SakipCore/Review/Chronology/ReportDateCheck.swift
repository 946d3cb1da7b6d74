/// An LKj dated before the year it reports on has ended (Pagar Alam's LKj 2024 signed "9 Januari 2024").
public struct ReportDateCheck: ReviewCheck {
    public let code = "CHRON-REPORT-DATE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "Laporan Kinerja bertanggal setelah tahun yang dilaporkan berakhir."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear.year
        guard let date = context.officeYear.report.date, date.year <= year else { return [] }
        return [finding(ReviewPlace(table: "Laporan Kinerja", row: "Tanda tangan", field: "tanggal", path: "$.report.date"),
                        "Laporan Kinerja tahun \(year) bertanggal \(IndonesianDate.format(date)), sebelum tahun \(year) berakhir.",
                        expected: "setelah 31 Desember \(year)", found: IndonesianDate.format(date))]
    }
}
