import Foundation

/// A category scale printed so that a capaian falls in two categories, in none of a band, or in a band that
/// cannot be read: an overlap at a boundary ("80 – 90" and "90 – 100"), a band without a range, an
/// unreadable or inverted range. Each finding names the bands involved as printed.
public struct CategoryScaleCheck: ReviewCheck {
    public let code = "LOGIC-CATEGORY-SCALE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Skala kategori yang tercetak tidak tumpang tindih, setiap kategorinya memiliki rentang yang dapat dibaca."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let bands = context.officeYear.settings.printedCategories
        return bands.scaleProblems.compactMap { problem in
            switch problem {
            case .openBand(let band):
                var place = context.printedBandPlace(band)
                place.path = "$.settings.printedCategoryBands[\(band)]"
                return finding(place, "Kategori \(context.printedBandName(band)) tercetak tanpa rentang capaian, sehingga tidak ada capaian yang dapat dimasukkan ke dalamnya.",
                               expected: "rentang capaian", found: "tanpa rentang")
            case .unreadableRange(let band, let text):
                return finding(context.printedBandPlace(band), "Rentang \(ReviewText.quoted(text)) kategori “\(bands[band].label)” tidak dapat dibaca sebagai rentang capaian.",
                               expected: "rentang seperti \"91 – 100\" atau \"> 100\"", found: text)
            case .inverted(let band):
                return finding(context.printedBandPlace(band), "Rentang kategori \(context.printedBandName(band)) terbalik atau kosong: batas bawahnya tidak di bawah batas atasnya.",
                               expected: "batas bawah di bawah batas atas", found: bands[band].range)
            case .overlap(let first, let second, let from, let to):
                let stretch = to == from ? "tepat \(IndonesianFormat.plain(from))" : to.map { "\(IndonesianFormat.plain(from)) sampai \(IndonesianFormat.plain($0))" } ?? "di atas \(IndonesianFormat.plain(from))"
                return finding(context.printedBandPlace(second),
                               "Kategori \(context.printedBandName(first)) dan \(context.printedBandName(second)) sama-sama memuat capaian \(stretch), sehingga capaian itu masuk dua kategori.",
                               expected: "rentang yang tidak tumpang tindih", found: bands[second].range,
                               alternatives: [ReviewAlternative(place: context.printedBandPlace(first))])
            case .gap:
                return nil
            }
        }
    }
}
