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
        let later = year.agreements.compactMap { agreement in
            agreement.signedOn.flatMap { date.isSurelyBefore($0) ? (agreement: agreement, signed: $0) : nil }
        }
        guard let last = later.max(by: { $0.signed < $1.signed }) else { return [] }
        let (latest, signed) = last
        return [finding(ReviewPlace(table: "Laporan Kinerja", row: "Tanda tangan", field: "tanggal", path: "$.report.date"),
                        "Laporan Kinerja bertanggal \(IndonesianDate.format(date)), sebelum \(ReviewContext.agreementLabel(latest)) ditandatangani (\(IndonesianDate.format(signed))).",
                        expected: "pada atau setelah \(IndonesianDate.format(signed))", found: IndonesianDate.format(date))]
    }
}
