/// A PK target that differs from the Renstra's target for the year. A PK may set its own target, so this
/// is a note for the analysis (PermenPANRB 53/2014 asks to compare with the medium-term target).
public struct RenstraTargetCheck: ReviewCheck {
    public let code = "COV-TARGET-RENSTRA"
    public let severity = ReviewSeverity.note
    public let category = ReviewCategory.coverage
    public let summary = "Target Perjanjian Kinerja dibandingkan dengan target Renstra untuk tahun yang sama (perbedaan dicatat)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard let (index, pk) = context.governing, let renstra = year.renstra else { return [] }
        return pk.rows.enumerated().compactMap { r, row in
            guard let planned = renstra.target(indicatorId: row.indicatorId, year: year.year),
                  let indicator = year.indicator(row.indicatorId),
                  ValueComparison.same(row.target, planned, for: indicator) == false else { return nil }
            return finding(ReviewPlace(table: ReviewContext.agreementLabel(pk), row: context.indicatorLabel(row.indicatorId),
                                       field: "target", path: "$.agreements[\(index)].rows[\(r)].target"),
                           "Target \(row.target) berbeda dengan target Renstra \(renstra.startYear)–\(renstra.endYear) untuk tahun \(year.year) (\(planned)); jelaskan perbedaannya dalam analisis.",
                           expected: planned.description, found: row.target.description)
        }
    }
}
