import Foundation
import Testing
@testable import SakipCore

/// A pasted table whose first line names some of the table's columns in the office's own order.
struct SheetTextHeaderTests {
    @Test func aHeaderNamingSomeColumnsInAnotherOrder_placesEachCellUnderItsColumn() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.realisations(.fourth), for: file)
        let text = "Realisasi\tID Indikator\tKeterangan\n74,63 %\tI7\tPemilu dan Pilkada"
        let rows = SheetText.rows(text, for: sheet)
        #expect(rows.count == 1)
        #expect(rows.first?.line == 2)
        #expect(rows.first?.cells == ["I7", "", "74,63 %", "Pemilu dan Pilkada", ""])
        let result = try SheetEditor.apply(sheet, text: text, to: file).officeYear
        #expect(result.realisations.first { $0.indicatorId == "I7" && $0.quarter == .fourth }?.value.fileSpelling == "74,63 %")
    }

    @Test func aFirstLineThatIsNotAHeader_isData_inTheColumnOrderShown() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.realisations(.fourth), for: file)
        // "Realisasi" names a column but "I7" does not: the line is data.
        let rows = SheetText.rows("I7\tRealisasi\t74,63 %", for: sheet)
        #expect(rows.map(\.cells) == [["I7", "Realisasi", "74,63 %"]])
        #expect(rows.first?.line == 1)
    }

    @Test func aColumnNamedTwice_isNotAHeader() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.rkt, for: file)
        let rows = SheetText.rows("Target\tTarget\nS1\tI1", for: sheet)
        #expect(rows.count == 2)
    }
}
