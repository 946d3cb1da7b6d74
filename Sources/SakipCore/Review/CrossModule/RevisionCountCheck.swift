import Foundation

/// A "Jumlah revisi" indicator whose realisation differs from the number of DIPA revisions the budget
/// lists (Pagar Alam's BAB IV says 12 kali; its DIPA table lists 15 revisions).
public struct RevisionCountCheck: ReviewCheck {
    public let code = "CROSS-REVISION-COUNT"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.crossModule
    public let summary = "Realisasi indikator \"jumlah revisi\" sama dengan banyaknya revisi DIPA yang tercatat."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard !year.budget.revisions.isEmpty else { return [] }
        let listed = year.budget.revisions.revisionCount
        var stated: [(Indicator, MeasureValue, ReviewPlace)] = []
        for measured in context.measuredRows where Self.countsRevisions(measured.input.indicator) {
            if let value = measured.input.realisation {
                stated.append((measured.input.indicator, value,
                               ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(measured.input.indicator.id),
                                           field: "realisasi", path: "$.measurement.rows[\(measured.index)].realisation")))
            }
        }
        for (index, claim) in year.report.claims.enumerated() {
            guard let id = claim.indicatorId, let indicator = year.indicator(id), Self.countsRevisions(indicator),
                  let text = claim.realisation, let value = try? MeasureValue.parse(text) else { continue }
            stated.append((indicator, value, ReviewPlace(table: claim.location, row: context.indicatorLabel(id), field: "realisasi",
                                                         path: "$.report.claims[\(index)].realisation")))
        }
        return stated.compactMap { indicator, value, place in
            guard case .amount(let amount)? = try? indicator.reading(of: value), amount != Decimal(listed) else { return nil }
            return finding(place, "Realisasi \(value) revisi, padahal daftar revisi DIPA mencatat \(listed) revisi.",
                           expected: "\(listed) \(indicator.unit ?? "kali")", found: value.description)
        }
    }

    /// "Jumlah revisi …": a count of revisions.
    static func countsRevisions(_ indicator: Indicator) -> Bool {
        indicator.kind == .count && indicator.statement.lowercased().contains("revisi")
    }
}
