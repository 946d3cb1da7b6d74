import FluentKit
import Foundation
import SakipCore

extension OfficeYearModel {
    /// Takes the year's own fields: settings, stated totals and report data.
    func apply(_ file: OfficeYear) {
        year = file.year
        source = file.source
        lowerIsBetterFormula = file.settings.lowerIsBetterFormula.rawValue
        capAbove100 = file.settings.capAbove100ForAverage
        categoryBands = file.settings.categories.bands.map {
            StoredBand(label: $0.label, above: StoredCoding.text($0.above), atMost: StoredCoding.text($0.atMost),
                       description: $0.description)
        }
        hasAnnualPlan = file.annualPlan != nil
        printedOfficeCapaian = file.measurement.printedOfficeCapaian
        printedOfficeCategory = file.measurement.printedOfficeCategory
        let total = file.budget.printedTotal
        printedTotalPagu = StoredCoding.text(total.pagu)
        printedTotalRealisasi = StoredCoding.text(total.realisasi)
        printedTotalSisa = StoredCoding.text(total.sisa)
        printedTotalPersen = total.persen
        reportPlace = file.report.place
        reportDate = file.report.date?.iso
        reportSignatoryKey = file.report.signatoryId
        renstraYearNumber = file.report.renstraYearNumber
    }

    /// The measurement settings.
    func settings() throws(StorageError) -> MeasurementSettings {
        var bands: [CategoryBand] = []
        for band in categoryBands {
            bands.append(CategoryBand(label: band.label, above: try StoredCoding.decimal(band.above, "office_years.category_bands"),
                                      atMost: try StoredCoding.decimal(band.atMost, "office_years.category_bands"),
                                      description: band.description))
        }
        let scale: CategoryScale
        do { scale = try CategoryScale(bands: bands) } catch {
            throw .corrupt("skala kategori yang tersimpan tidak sah: \(error.reason)")
        }
        return MeasurementSettings(
            lowerIsBetterFormula: try StoredCoding.choice(lowerIsBetterFormula, LowerIsBetterFormula.self, "office_years.lower_is_better_formula"),
            capAbove100ForAverage: capAbove100, categories: scale)
    }

    /// The budget's grand total as printed.
    func printedTotal() throws(StorageError) -> BudgetLine.Printed {
        BudgetLine.Printed(pagu: try StoredCoding.decimal(printedTotalPagu, "office_years.printed_total_pagu"),
                           realisasi: try StoredCoding.decimal(printedTotalRealisasi, "office_years.printed_total_realisasi"),
                           sisa: try StoredCoding.decimal(printedTotalSisa, "office_years.printed_total_sisa"),
                           persen: printedTotalPersen)
    }

    /// The report's signature data, with its claims.
    func report(claims: [Claim]) throws(StorageError) -> ReportInfo {
        ReportInfo(place: reportPlace, date: try StoredCoding.date(reportDate, "office_years.report_date"),
                   signatoryId: reportSignatoryKey, renstraYearNumber: renstraYearNumber, claims: claims)
    }
}
