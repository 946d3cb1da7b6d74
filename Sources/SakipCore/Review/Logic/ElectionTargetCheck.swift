import Foundation

/// A participation indicator with a target of 0 in a year with a nationwide election: participation is
/// what such a year measures (Pematangsiantar's PK 2024 sets 0 % for all three).
public struct ElectionTargetCheck: ReviewCheck {
    public let code = "LOGIC-ELECTION-ZERO-TARGET"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Indikator partisipasi pemilih tidak bertarget 0 pada tahun pemilu/pemilihan."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let elections = ElectionCalendar.elections(in: year.year)
        guard !elections.isEmpty else { return [] }
        var targets: [(String, MeasureValue?, String, String)] = []
        for (a, agreement) in year.agreements.enumerated() {
            for (r, row) in agreement.rows.enumerated() {
                targets.append((row.indicatorId, row.target, ReviewContext.agreementLabel(agreement), "$.agreements[\(a)].rows[\(r)].target"))
            }
        }
        for (r, row) in (year.annualPlan?.rows ?? []).enumerated() {
            targets.append((row.indicatorId, row.target, "RKT", "$.rkt.rows[\(r)].target"))
        }
        for (r, row) in year.measurement.rows.enumerated() {
            targets.append((row.indicatorId, row.target, "Tabel pengukuran kinerja", "$.measurement.rows[\(r)].target"))
        }
        for (t, series) in (year.renstra?.targets ?? []).enumerated() {
            targets.append((series.indicatorId, series.byYear[year.year], "Target Renstra", "$.renstra.targets[\(t)].byYear.\(year.year)"))
        }
        return targets.compactMap { id, target, table, path in
            guard let target, target.amount == 0, let indicator = year.indicator(id),
                  ElectionCalendar.measuresParticipation(indicator) else { return nil }
            return finding(ReviewPlace(table: table, row: context.indicatorLabel(id), field: "target", path: path),
                           "Target \(target) untuk indikator partisipasi pada tahun \(year.year), tahun \(elections.joined(separator: " dan ")): tetapkan target partisipasi, atau nyatakan tidak berlaku beserta alasannya.",
                           expected: "target lebih dari 0", found: target.description)
        }
    }
}
