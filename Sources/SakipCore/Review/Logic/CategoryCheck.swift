import Foundation

/// A printed category (Berhasil, Cukup Berhasil …) that is not the band of the computed capaian or persen on
/// the office's scale. The band is named as the report prints it when the file carries the printed scale, a
/// value in a gap of the printed scale is said to be so, and a category that follows the printed scale where
/// two of its bands overlap is left to `LOGIC-CATEGORY-SCALE`. A category that agrees with the capaian
/// printed beside it, when `ARITH-CAPAIAN` blames the row's target or realisation instead, is not blamed.
public struct CategoryCheck: ReviewCheck {
    public let code = "LOGIC-CATEGORY"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Kategori yang tertulis (Sangat Berhasil … Tidak Berhasil) sesuai dengan skala kategori untuk capaian atau persen hasil hitung."

    public init() {}

    /// A printed category with the value it must be the band of and, when any, the capaian printed beside it.
    private struct Stated {
        var place: ReviewPlace
        var printed: String
        var value: Decimal?
        /// Set when the capaian printed beside the category is right for its category and the row's target or
        /// realisation is the suspect.
        var exoneratedByCapaian = false
    }

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let formula = year.settings.lowerIsBetterFormula
        let suspects = Set(context.statedCapaian.filter { stated in
            stated.verdict == .mismatch && stated.categoryPointsAtTheFigures(scale: year.settings.categories)
                && !stated.alternatives(formula: formula).isEmpty
        }.compactMap(\.place.path))
        func exonerated(_ capaianPath: String) -> Bool { suspects.contains(capaianPath) }
        var stated: [Stated] = []
        for measured in context.measuredRows {
            guard let printed = measured.row.printedCategory else { continue }
            stated.append(Stated(place: ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(measured.input.indicator.id),
                                                    field: "kategori", path: "$.measurement.rows[\(measured.index)].printed.category"),
                                 printed: printed, value: measured.achievement.percent,
                                 exoneratedByCapaian: exonerated("$.measurement.rows[\(measured.index)].printed.capaian")))
        }
        if let printed = year.measurement.printedOfficeCategory {
            stated.append(Stated(place: ReviewPlace(table: "Tabel pengukuran kinerja", row: "Capaian kantor", field: "kategori",
                                                    path: "$.measurement.printed.officeCategory"),
                                 printed: printed, value: context.measurement.officeMean))
        }
        for (index, claim) in year.report.claims.enumerated() {
            guard let printed = claim.category else { continue }
            let value: Decimal?
            if claim.indicatorId != nil {
                value = context.claimAchievement(claim)?.achievement.percent
            } else if claim.capaian != nil {
                value = context.measurement.officeMean
            } else {
                value = context.claimBasis(claim)?.persen
            }
            stated.append(Stated(place: ReviewPlace(table: claim.location, row: claim.label ?? claim.indicatorId.map(context.indicatorLabel),
                                                    field: "kategori", path: "$.report.claims[\(index)].category"),
                                 printed: printed, value: value, exoneratedByCapaian: exonerated("$.report.claims[\(index)].capaian")))
        }
        return stated.compactMap { check($0, settings: year.settings) }
    }

    private func check(_ stated: Stated, settings: MeasurementSettings) -> ReviewFinding? {
        let scale = settings.categories
        let labels = scale.bands.map(\.label) + settings.printedCategories.map(\.label)
        guard let value = stated.value else {
            // Nothing to compare with; a label that is no category at all is still wrong.
            guard !labels.contains(where: { CategoryLabel.same($0, stated.printed) }) else { return nil }
            return finding(stated.place, "Kategori tertulis \(ReviewText.quoted(stated.printed)) bukan kategori pada skala (\(scale.bands.map(\.label).joined(separator: ", "))).",
                           expected: scale.bands.map(\.label).joined(separator: ", "), found: stated.printed)
        }
        guard let band = scale.band(for: value), !CategoryLabel.same(band.label, stated.printed), !stated.exoneratedByCapaian else { return nil }
        let printedScale = settings.printedCategories
        var rangeText = "\(band.rangeText)"
        if !printedScale.isEmpty {
            let holding = printedScale.filter { $0.interval?.contains(value) == true }
            if holding.count > 1, holding.contains(where: { CategoryLabel.same($0.label, stated.printed) }) { return nil }
            if holding.count == 1, CategoryLabel.same(holding[0].label, stated.printed) { return nil }
            if holding.isEmpty {
                return finding(stated.place,
                               "Kategori tertulis \(ReviewText.quoted(stated.printed)) untuk \(ReviewText.percent(value)), padahal skala kategori yang tercetak tidak memuat nilai itu (jatuh di celah antarkategori); menurut skala yang dipakai untuk menghitung (\(band.rangeText)) kategorinya \(band.label).",
                               expected: band.label, found: stated.printed)
            }
            if let printedBand = holding.first(where: { CategoryLabel.same($0.label, band.label) }), let range = printedBand.range {
                rangeText = "\(range) pada skala yang tercetak"
            }
        }
        return finding(stated.place, "Kategori tertulis \(ReviewText.quoted(stated.printed)), padahal \(ReviewText.percent(value)) termasuk kategori \(band.label) (\(rangeText)).",
                       expected: band.label, found: stated.printed)
    }
}
