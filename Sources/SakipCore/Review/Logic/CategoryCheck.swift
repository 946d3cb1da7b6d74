import Foundation

/// A printed category (Berhasil, Cukup Berhasil …) that is not the band of the computed capaian or persen
/// on the office's category scale.
public struct CategoryCheck: ReviewCheck {
    public let code = "LOGIC-CATEGORY"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Kategori yang tertulis (Sangat Berhasil … Tidak Berhasil) sesuai dengan skala kategori untuk capaian atau persen hasil hitung."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let scale = year.settings.categories
        var stated: [(ReviewPlace, String, Decimal?)] = []
        for measured in context.measuredRows {
            guard let printed = measured.row.printedCategory else { continue }
            stated.append((ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(measured.input.indicator.id),
                                       field: "kategori", path: "$.measurement.rows[\(measured.index)].printed.category"),
                           printed, measured.achievement.percent))
        }
        if let printed = year.measurement.printedOfficeCategory {
            stated.append((ReviewPlace(table: "Tabel pengukuran kinerja", row: "Capaian kantor", field: "kategori",
                                       path: "$.measurement.printed.officeCategory"), printed, context.measurement.officeMean))
        }
        for (index, claim) in year.report.claims.enumerated() {
            guard let printed = claim.category else { continue }
            let value: Decimal?
            if let id = claim.indicatorId {
                value = context.measuredRows.first { $0.input.indicator.id == id }?.achievement.percent
            } else if claim.capaian != nil {
                value = context.measurement.officeMean
            } else {
                value = context.claimBasis(claim)?.persen
            }
            stated.append((ReviewPlace(table: claim.location, row: claim.label ?? claim.indicatorId.map(context.indicatorLabel),
                                       field: "kategori", path: "$.report.claims[\(index)].category"), printed, value))
        }
        return stated.compactMap { place, printed, value in
            guard let value, let band = scale.band(for: value),
                  band.label.lowercased() != printed.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
            return finding(place, "Kategori tertulis \(ReviewText.quoted(printed)), padahal \(ReviewText.percent(value)) termasuk kategori \(band.label) (\(band.rangeText)).",
                           expected: band.label, found: printed)
        }
    }
}
