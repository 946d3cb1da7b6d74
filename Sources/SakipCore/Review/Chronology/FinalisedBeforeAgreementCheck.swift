/// An LKj finalised (dated) before a PK it reports on was signed: the report cannot account for a promise
/// not yet made. A report dated within its own year is ``ReportDateCheck``'s finding instead.
public struct FinalisedBeforeAgreementCheck: ReviewCheck {
    public let code = "CHRON-FINAL-BEFORE-PK"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "Tanggal finalisasi Laporan Kinerja tidak mendahului tanggal tanda tangan Perjanjian Kinerja."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard let date = year.report.date, date.year > year.year else { return [] }
        let later = year.agreements.filter { $0.signedOn.map { date.isSurelyBefore($0) } == true }
        guard let latest = later.max(by: { $0.signedOn! < $1.signedOn! }), let signed = latest.signedOn else { return [] }
        return [finding(ReviewPlace(table: "Laporan Kinerja", row: "Tanda tangan", field: "tanggal", path: "$.report.date"),
                        "Laporan Kinerja bertanggal \(IndonesianDate.format(date)), sebelum \(ReviewContext.agreementLabel(latest)) ditandatangani (\(IndonesianDate.format(signed))).",
                        expected: "pada atau setelah \(IndonesianDate.format(signed))", found: IndonesianDate.format(date))]
    }
}
