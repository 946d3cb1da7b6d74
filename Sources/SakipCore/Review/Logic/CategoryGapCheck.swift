import Foundation

/// A category scale printed with gaps: capaian between two bands ("71 – 90" then "91 – 100" leave 90,5 %),
/// below the lowest or above the highest that no band holds. A warning, since capaian are categorised on
/// half-open bands; a capaian that falls in a gap is reported with its category (`LOGIC-CATEGORY`).
public struct CategoryGapCheck: ReviewCheck {
    public let code = "LOGIC-CATEGORY-GAP"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Skala kategori yang tercetak tidak menyisakan celah: setiap capaian dari 0 ke atas masuk satu kategori."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.settings.printedCategories.scaleProblems.compactMap { problem in
            guard case .gap(let below, let above, let from, let to) = problem else { return nil }
            let stretch: String
            switch (from, to) {
            case let (f?, t?) where f == t: stretch = "tepat \(IndonesianFormat.plain(f))"
            case let (f?, t?): stretch = "di atas \(IndonesianFormat.plain(f)) dan di bawah \(IndonesianFormat.plain(t))"
            case let (f?, nil): stretch = "di atas \(IndonesianFormat.plain(f))"
            case let (nil, t?): stretch = "di bawah \(IndonesianFormat.plain(t))"
            case (nil, nil): stretch = "mana pun"
            }
            let between = [below.map { "\(context.printedBandName($0)) berakhir di \(from.map(IndonesianFormat.plain) ?? "-")" },
                           above.map { "\(context.printedBandName($0)) mulai dari \(to.map(IndonesianFormat.plain) ?? "-")" }]
                .compactMap { $0 }.joined(separator: ", ")
            let index = above ?? below ?? 0
            return finding(context.printedBandPlace(index),
                           "Capaian \(stretch) tidak masuk kategori mana pun pada skala yang tercetak (\(between)).",
                           expected: "rentang yang bersambung", found: context.officeYear.settings.printedCategories[index].range)
        }
    }
}
