import Foundation

/// Sentences about a printed category scale's bands.
extension ReviewContext {
    /// "“Berhasil” (91 – 100)": a printed band named with its range as printed.
    func printedBandName(_ index: Int) -> String {
        let bands = officeYear.settings.printedCategories
        guard bands.indices.contains(index) else { return "" }
        let band = bands[index]
        return "“\(band.label)”" + (band.range.map { " (\($0))" } ?? "")
    }

    /// The place of a printed band's range.
    func printedBandPlace(_ index: Int) -> ReviewPlace {
        let bands = officeYear.settings.printedCategories
        let label = bands.indices.contains(index) ? bands[index].label : nil
        return ReviewPlace(table: "Skala kategori capaian", row: label, field: "rentang",
                           path: "$.settings.printedCategoryBands[\(index)].range")
    }
}
