import Foundation
import Testing
@testable import SakipCore

/// One rule for a rupiah amount whatever the way it comes (issue 11, finding 10): an office-year file, a pasted
/// table, a workbook's cells and the budget form all refuse a pagu of −5 or 9999999999999999999999999.
struct MoneyRuleTests {
    static let refused = ["-5", "9999999999999999999999999", "1000000000000000", "12,3456"]

    @Test func theRule_refusesNegatives_beyondTheBound_andFractionsOfASen() throws {
        #expect(MoneyRule.problem(-5) == "jumlah uang tidak boleh negatif")
        #expect(MoneyRule.problem(-5, sign: .any) == nil)
        #expect(MoneyRule.problem(MoneyRule.maximum) == nil)
        #expect(MoneyRule.problem(MoneyRule.maximum + 1) == "jumlah uang melebihi batas Rp\u{00A0}999.999.999.999.999 (hampir seribu triliun rupiah)")
        #expect(MoneyRule.problem(Decimal(string: "0.001")!) == "rupiah paling banyak dua angka di belakang koma")
        #expect(throws: ValueParseError.self) { try MoneyRule.parse("-5") }
        #expect(throws: ValueParseError.self) { try MoneyRule.parse("9999999999999999999999999") }
        #expect(try MoneyRule.parse("Rp 83.389.671.000") == 83_389_671_000)
    }

    @Test(arguments: refused)
    func anOfficeYearFile_refusesThePagu_atItsPath(pagu: String) {
        let number = pagu.contains(",") ? "\"\(pagu)\"" : pagu
        let issues = BoundsFiles.issues(BoundsFiles.small("""
            "budget": {"lines": [{"code": "076.01.CQ", "name": "Program", "children": [
                {"code": "CQ.6709", "name": "Kegiatan", "pagu": \(number), "realisasi": 0}]}]}
            """))
        #expect(issues.map(\.path) == ["$.budget.lines[0].children[0].pagu"])
    }

    @Test(arguments: refused)
    func aPastedBudgetTable_refusesThePagu_atItsLineAndColumn(pagu: String) throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let text = "076.01.CQ\tProgram\t\t\nCQ.6709\tKegiatan\t\(pagu)\t0"
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.budget, for: file), text: text, to: file) }
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2 && problems.first?.column == "Pagu (Rp)")
    }

    @Test func aWorkbooksCells_refuseTheHugePagu_atItsCell() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.budget, for: file)
        let grid = SheetGrid(name: "DIPA", rows: [.init(number: 1, cells: ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"]),
                                                  .init(number: 2, cells: ["076.01.CQ", "Program", "", ""]),
                                                  .init(number: 3, cells: ["CQ.6709", "Kegiatan", "9999999999999999999999999", "0"])])
        let imported = try SheetImport.read([grid], for: sheet)
        let problems = try rejection { try SheetEditor.apply(sheet, rows: imported.rows, to: file) }
        #expect(imported.locate(problems).map(\.description)
            == ["Lembar \"DIPA\", sel C3, Baris 3, kolom Pagu (Rp) (\"9999999999999999999999999\"): jumlah uang melebihi batas Rp\u{00A0}999.999.999.999.999 (hampir seribu triliun rupiah)"])
    }
}
