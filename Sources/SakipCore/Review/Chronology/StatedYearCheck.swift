/// A year written in the text for the report, its PK, its RKT or its budget that is not the report's year (a
/// footer left from last year's report, "RKT Tahun 2022" in the PK section of an LKj 2023); the next year's PK
/// attached to the report is of the following year.
public struct StatedYearCheck: ReviewCheck {
    public let code = "CHRON-STATED-YEAR"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "Tahun yang disebut untuk laporan, PK, RKT dan anggarannya (sampul, judul, kaki halaman, bagian PK) sama dengan tahun laporan; PK tahun berikutnya bertahun satu sesudahnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let reportYear = context.officeYear.year
        return context.officeYear.report.claims.enumerated().compactMap { index, claim in
            guard let stated = claim.year, let of = claim.yearOf else { return nil }
            let expected = of == .nextAgreement ? reportYear + 1 : reportYear
            guard stated != expected else { return nil }
            return finding(ReviewPlace(table: claim.location, row: claim.label, field: "tahun", path: "$.report.claims[\(index)].year"),
                           "Tahun \(of.label) tertulis \(stated), padahal laporan ini tentang tahun \(reportYear)\(of == .nextAgreement ? " sehingga PK berikutnya bertahun \(expected)" : "").",
                           expected: "\(expected)", found: "\(stated)")
        }
    }
}
