import Foundation

/// Matching logistics items across tables by name: the same name, ignoring case and spaces ("Kabel Ties"
/// and "kabel  ties", "Hasil -KWK" and "Hasil-KWK"). Names that differ in words ("Surat Suara" and "Surat
/// Suara Walikota dan Wakil Walikota") do not match, and the checks that need a match then say nothing.
enum LogisticsItems {
    /// The key two names share when they name the same item.
    static func key(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace })
    }

    /// The sorting rows of an item, with their positions.
    static func sortingRows(of item: String, in logistics: Logistics) -> [(index: Int, row: SortingRow)] {
        let wanted = key(item)
        return logistics.sorting.enumerated().filter { key($1.item) == wanted }.map { ($0.offset, $0.element) }
    }
}

extension PrintedComparison {
    /// Like ``compare(_:with:)``, and also for a percentage printed as a plain or rupiah amount ("Rp25.957"),
    /// as a spreadsheet with a wrong formula prints it. Nil when the text is no number at all ("Rp-", "-").
    static func compareFigure(_ printed: String, with exact: Decimal) -> PrintedComparison? {
        if let comparison = compare(printed, with: exact) { return comparison }
        guard let value = try? IndonesianNumber.parseMoney(printed) else { return nil }
        if exact.roundedHalfUp(scale: 0) == value { return .agrees }
        let gap = value > exact ? value - exact : exact - value
        return gap < 1 ? .rounding : .mismatch
    }

    /// The number a printed percentage or amount states; nil when it states none.
    static func figure(_ printed: String) -> Decimal? {
        PrintedFigure.percent(printed) ?? (try? IndonesianNumber.parseMoney(printed))
    }
}

/// A procurement row's printed efficiency percentage with the exact one it must equal.
struct StatedEfficiencyPercent: Sendable {
    var place: ReviewPlace
    var row: ProcurementRow
    var printed: String
    var exact: Decimal
}

extension ReviewContext {
    /// The procurement table's name in findings.
    static let procurementTable = "Proses pengadaan logistik"

    /// Every printed efficiency percentage of a row whose efficiency can be computed.
    var statedEfficiencyPercents: [StatedEfficiencyPercent] {
        guard let logistics = officeYear.logistics else { return [] }
        return logistics.procurement.enumerated().compactMap { i, row in
            guard let printed = row.printed.efficiencyPercent, let exact = row.efficiencyPercent else { return nil }
            return StatedEfficiencyPercent(
                place: ReviewPlace(table: Self.procurementTable, row: row.item, field: "efisiensi (%)",
                                   path: "$.logistics.procurement[\(i)].printed.efficiencyPercent"),
                row: row, printed: printed, exact: exact)
        }
    }
}
