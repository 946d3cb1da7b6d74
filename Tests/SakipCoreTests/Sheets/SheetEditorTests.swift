import Foundation
import Testing
@testable import SakipCore

/// Tables edited as text: what is shown pastes back unchanged, and a wrong cell is refused at its line and column.
struct SheetEditorTests {
    static let seeds = ["asahan-2024", "asahan-2024-corrected", "pematangsiantar-2024-corrected", "pagaralam-2024", "pagaralam-2024-corrected"]

    @Test(arguments: seeds)
    func everyTable_pastedBackUnchanged_leavesTheFileEqual(seed: String) throws {
        let loaded = try Fixtures.load(seed)
        let file = loaded.officeYear
        for id in Sheet.ID.allCases {
            let sheet = Sheet.sheet(id, for: file)
            let text = SheetEditor.text(sheet, of: file)
            // A value of the wrong kind that the file keeps with a warning is refused when typed back into its table;
            // a PK table pasted back as shown is the signed PK unchanged, whatever an imported target says.
            let wrongKind = AgreementSheet.part(of: id) != nil ? []
                : loaded.warnings.filter { $0.refusedWhereTyped && $0.path.hasPrefix(sheet.jsonPath + "[") }
            if !wrongKind.isEmpty {
                let problems = try rejection { try SheetEditor.apply(sheet, text: text, to: file) }
                #expect(problems.map(\.reason) == wrongKind.map(\.reason), "\(seed): \(id.rawValue)")
                #expect(problems.allSatisfy { $0.line != nil && $0.column != nil && $0.value != nil })
                continue
            }
            let result = try SheetEditor.apply(sheet, text: text, to: file)
            // A Renstra created for an empty target table is the only allowed difference.
            var expected = file
            if file.renstra == nil, result.officeYear.renstra != nil { expected.renstra = result.officeYear.renstra }
            if file.annualPlan == nil, result.officeYear.annualPlan != nil { expected.annualPlan = result.officeYear.annualPlan }
            #expect(result.officeYear == expected, "\(seed): tabel \(id.rawValue) berubah setelah ditempel ulang")
        }
    }

    @Test func budgetTable_withShortCodes_nestsByCode_andSumsParents() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let text = """
        Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)
        076.01.CQ\tProgram Penyelenggaraan Pemilu\t\t
        CQ.6709\tPengelolaan data\t\t
        QGE.001\tLayanan data\t1.000.000\t900.000
        QGE.002\tLayanan data kedua\t500.000\t500.000
        CQ.6710\tKegiatan lain\t\t
        6710.QGF\tKRO lain\t\t
        QGF.001\tRO lain\t250.000\t0
        """
        let result = try SheetEditor.apply(Sheet.sheet(.budget, for: file), text: text, to: file)
        let tree = result.officeYear.budget.tree
        #expect(tree.lines.count == 1)
        #expect(tree.lines[0].figures.pagu == 1_750_000)
        #expect(tree.lines[0].figures.realisasi == 1_400_000)
        #expect(tree.lines[0].children.map(\.code.full) == ["076.01.CQ.6709", "076.01.CQ.6710"])
        #expect(tree.line(code: "076.01.CQ.6710.QGF.001")?.figures.pagu == 250_000)
    }

    @Test func wrongCells_areRefused_withLineAndColumn_andNothingElseChanges() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let indicators = Sheet.sheet(.indicators, for: file)
        let text = SheetEditor.text(indicators, of: file) + "\nX1\tIndikator baru\tpersen\t\t\tnaik\tmungkin"
        let lines = text.split(separator: "\n").count
        let problems = try rejection { try SheetEditor.apply(indicators, text: text, to: file) }
        #expect(problems.map(\.line) == [lines, lines])
        #expect(problems.map(\.column) == ["Jenis", "IKU"])
        #expect(problems[0].description.contains("pilihan: persentase, jumlah, indeks, nilai"))

        let budget = Sheet.sheet(.budget, for: file)
        let budgetProblems = try rejection {
            try SheetEditor.apply(budget, text: "076.01.CQ\tProgram\t\t\nQGE.001\tRO tanpa kegiatan\t1.000\t\nCQ.6709\tKegiatan\t\t\n6709.QGE.001\tRO\t12,3,4\t5", to: file)
        }
        #expect(budgetProblems.contains { $0.line == 4 && $0.column == "Pagu (Rp)" && $0.value == "12,3,4" })
        #expect(budgetProblems.contains { $0.line == 2 })
    }

    @Test func referenceToAnUnknownIndicator_isPlacedOnItsRow() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let rak = Sheet.sheet(.actionPlan, for: file)
        let problems = try rejection { try SheetEditor.apply(rak, text: "I1\t25 %\t50 %\t75 %\t95 %\nZZ9\t1\t2\t3\t4", to: file) }
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.column == "ID Indikator")
    }

    @Test func datesAndMoney_areShownTheIndonesianWay() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let rows = SheetEditor.rows(Sheet.sheet(.revisions, for: file), of: file)
        #expect(rows.count == file.budget.revisions.count)
        #expect(rows.allSatisfy { (try? IndonesianDate.parse($0[3])) != nil })
        let budget = SheetEditor.rows(Sheet.sheet(.budget, for: file), of: file)
        #expect(budget.contains { $0[2].contains(".") && !$0[2].contains(",") })
    }
}
