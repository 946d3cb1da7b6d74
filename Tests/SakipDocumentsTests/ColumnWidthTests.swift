import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// Table columns as wide as the words they must not break, within the page.
@Suite struct ColumnWidthTests {
    static let seeds = Seeds.corrected + ["asahan-2024", "pagaralam-2024", "pematangsiantar-2024"]

    @Test(arguments: seeds)
    func everyLKjTable_fitsItsLongestWordsInThePageWidth(seed: String) throws {
        let tables = try LKjDocument(Seeds.load(seed)).tables()
        #expect(tables.count >= 8)
        for table in tables {
            let layout = ColumnWidths.layout(table, total: WordTable.textWidth)
            let minimums = ColumnWidths.minimums(table, points: layout.points)
            #expect(layout.widths.reduce(0, +) == WordTable.textWidth, "\(seed) \(table.label)")
            #expect(layout.points >= 7, "\(seed) \(table.caption) is set at \(layout.points) pt")
            let cramped = table.columns.indices.filter { layout.widths[$0] < minimums[$0] }.map { table.columns[$0].title }
            #expect(cramped.isEmpty, "\(seed) \(table.caption): \(cramped) need \(minimums) of \(WordTable.textWidth)")
        }
    }

    @Test func pieces_breakAtSpacesSlashesBeforeLettersAndEnDashes_neverInsideANumberOrCode() {
        #expect(TextWidth.unbreakablePieces("Jumlah Laporan") == ["Jumlah", "Laporan"])
        #expect(TextWidth.unbreakablePieces("Kecamatan / Desa/Kel") == ["Kecamatan", "/", "Desa/", "Kel"])
        #expect(TextWidth.unbreakablePieces("076.01.CQ") == ["076.01.CQ"])
        #expect(TextWidth.unbreakablePieces("95,20\u{00A0}%") == ["95,20\u{00A0}%"])
        #expect(TextWidth.unbreakablePieces("Rp\u{00A0}83.389.671.000") == ["Rp\u{00A0}83.389.671.000"])
        #expect(TextWidth.unbreakablePieces("-11,00\u{00A0}%") == ["-11,00\u{00A0}%"])
        #expect(TextWidth.unbreakablePieces("2020–2024") == ["2020–", "2024"])
    }

    @Test func width_followsArialMetrics() {
        // "No" in bold 8 pt: N 722 + o 611 = 1333/1000 em × 160 twips = 213,28 → 214.
        #expect(TextWidth.twips("No", points: 8, bold: true) == 214)
        // "Laporan": 556 + 556 + 556 + 556 + 333 + 556 + 556 = 3669 → 587,04 → 588.
        #expect(TextWidth.twips("Laporan", points: 8, bold: false) == 588)
        #expect(TextWidth.twips("99", points: 8, bold: false) < TextWidth.twips("No", points: 8, bold: true))
    }

    @Test func fit_givesANarrowWeightItsMinimum_andSharesTheRestByWeight() {
        // Weights 4 : 48 : 48 of 10.000 would give the first column 400; it needs 600.
        let widths = ColumnWidths.fit(weights: [4, 48, 48], minimums: [600, 500, 500], total: 10_000)
        #expect(widths == [600, 4_700, 4_700])
        // Minimums that cannot fit are scaled down alike and still fill the width.
        let crowded = ColumnWidths.fit(weights: [1, 1], minimums: [3_000, 9_000], total: 10_000)
        #expect(crowded.reduce(0, +) == 10_000)
        #expect(crowded[0] == 2_500)
    }

    @Test func wideTable_isSetSmaller_ratherThanBreakingWords() throws {
        // Asahan's year comparison: No, the indicator and seven columns of "100,00 %" do not fit at 8 points.
        let tables = try LKjDocument(Seeds.load("asahan-2024-corrected")).tables()
        let comparison = try #require(tables.first { $0.title.hasPrefix("Perbandingan Capaian Kinerja") })
        #expect(ColumnWidths.minimums(comparison).reduce(0, +) > WordTable.textWidth)
        #expect(ColumnWidths.layout(comparison, total: WordTable.textWidth).points == 7)
        let xml = WordTable.xml(comparison)
        #expect(xml.contains("<w:sz w:val=\"14\"/>"))
    }

    @Test func narrowColumns_inTheSeedTables_getTheirWords() throws {
        let tables = try LKjDocument(Seeds.load("asahan-2024-corrected")).tables()
        let budget = try #require(tables.first { $0.columns.contains { $0.title == "Kode" } && $0.rows.contains { $0.cells.contains { $0.display == "076.01.CQ" } } })
        let layout = ColumnWidths.layout(budget, total: WordTable.textWidth)
        #expect(layout.points == 8)
        let widths = layout.widths
        let code = try #require(budget.columns.firstIndex { $0.title == "Kode" })
        #expect(widths[code] >= TextWidth.twips("076.01.CQ", points: 8, bold: false) + ColumnWidths.padding)
        let number = try #require(budget.columns.firstIndex { $0.title == "No" })
        #expect(widths[number] >= TextWidth.twips("No", points: 8, bold: true) + ColumnWidths.padding)
    }
}
