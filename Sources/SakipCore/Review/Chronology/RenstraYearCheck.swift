/// A wrong "tahun ke N" of the Renstra (Pematangsiantar "tahun ke 2" and Asahan "tahun ke 3" for 2024,
/// the 5th year of 2020–2024). Without a Renstra in the file, KPU's five-year periods (2020–2024,
/// 2025–2029) are used.
public struct RenstraYearCheck: ReviewCheck {
    public let code = "CHRON-RENSTRA-YEAR"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "\"Tahun ke-N\" Renstra yang tertulis sesuai dengan tahun laporan dalam periode Renstra."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear.year
        var stated: [(Int, ReviewPlace)] = []
        if let number = context.officeYear.report.renstraYearNumber {
            stated.append((number, ReviewPlace(table: "Laporan Kinerja", row: "Periode Renstra", field: "tahun ke", path: "$.report.renstraYearNumber")))
        }
        for (index, claim) in context.officeYear.report.claims.enumerated() {
            guard let number = claim.renstraYearNumber else { continue }
            stated.append((number, ReviewPlace(table: claim.location, row: claim.label ?? "Periode Renstra", field: "tahun ke",
                                               path: "$.report.claims[\(index)].renstraYearNumber")))
        }
        let start = context.officeYear.renstra?.startYear ?? Self.kpuPeriodStart(of: year)
        let end = context.officeYear.renstra?.endYear ?? (start + 4)
        let expected = (start...end).contains(year) ? year - start + 1 : nil
        return stated.compactMap { number, place in
            guard number != expected else { return nil }
            guard let expected else {
                return finding(place, "Tahun \(year) di luar periode Renstra \(start)–\(end).", expected: "periode yang memuat \(year)", found: "tahun ke \(number)")
            }
            return finding(place, "Tertulis tahun ke \(number) dari Renstra \(start)–\(end), padahal \(year) adalah tahun ke \(expected).",
                           expected: "tahun ke \(expected)", found: "tahun ke \(number)")
        }
    }

    /// The first year of the KPU five-year period holding `year` (2020 for 2020–2024).
    static func kpuPeriodStart(of year: Int) -> Int {
        let offset = year - 2020
        let periods = offset >= 0 ? offset / 5 : -((-offset + 4) / 5)
        return 2020 + 5 * periods
    }
}
