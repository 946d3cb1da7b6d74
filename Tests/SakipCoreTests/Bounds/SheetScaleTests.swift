import Foundation
import Testing
@testable import SakipCore

/// Large and odd tables (issue 11, findings 6 and 7): a one-row header keeps the first data row, the row limit
/// is said in the message, and sums of unchecked rows cannot overflow.
struct SheetScaleTests {
    @Test func aOneRowHeader_keepsTheFirstDataRow() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let sheet = Sheet.sheet(.logisticsDistribution, for: file)
        let grid = SheetGrid(name: "Distribusi", rows: [
            .init(number: 1, cells: ["Kelurahan/Desa", "TPS", "Kotak suara", "Kantong logistik"]),
            .init(number: 2, cells: ["Dempo Makmur", "7", "14", "28"]),
            .init(number: 3, cells: ["Jokoh", "9", "18", "36"]),
        ])
        let imported = try SheetImport.read([grid], for: sheet)
        #expect(imported.rows.map(\.line) == [2, 3])
        #expect(imported.rows.first?.cells.prefix(5) == ["", "Dempo Makmur", "7", "14", "28"])
        let result = try SheetEditor.apply(sheet, rows: imported.rows, to: file)
        #expect(result.officeYear.logistics?.distributedTPS == 16)
    }

    @Test func aTwoRowHeader_stillTakesItsSecondRow() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let grid = SheetGrid(name: "Tabel 1", rows: [
            .init(number: 1, cells: ["Jenis Logistik", "Volume", "", "Pagu Anggaran"]),
            .init(number: 2, cells: ["", "(jumlah)", "(satuan)", ""]),
            .init(number: 3, cells: ["Surat suara", "1000", "lembar", "5000000"]),
        ])
        let imported = try SheetImport.read([grid], for: Sheet.sheet(.logisticsNeeds, for: file))
        #expect(imported.rows.map(\.line) == [3])
        #expect(imported.columns["Satuan"] == "C")
    }

    @Test func moreRowsThanTheLimit_areRefused_withTheLimitInTheMessage() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let rows = (1...(Sheet.maximumRows + 1)).map { (line: $0, cells: ["Gudang \($0)", "", "", "sewa", "1", "memadai"]) }
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.logisticsWarehouses, for: file), rows: rows, to: file) }
        #expect(problems.map(\.description) == ["Baris 100001: tabel berisi 100.001 baris; satu tabel paling banyak 100.000 baris. Bagi data menjadi beberapa tabel atau ringkas per kecamatan"])
    }

    /// Kelurahan rows whose kecamatan has no row of its own are summed before the reader checks them.
    @Test func dptRowsSummingPastTheIntegerLimit_areRefused_notOverflowed() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let text = "pemilihan2024\tDempo Utara\tA\t\t9223372036854775807\t1\t1\t\npemilihan2024\tDempo Utara\tB\t\t9223372036854775807\t1\t1\t"
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.dpt, for: file), text: text, to: file) }
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.line != nil && $0.column == "TPS" })
    }

    @Test func thousandsOfProblems_areListedUpToTheLimit_thenCounted() throws {
        let file = try Fixtures.load("pagaralam-2024-corrected").officeYear
        let rows = (1...1_000).map { (line: $0, cells: ["Gudang \($0)", "", "", "dipinjam"]) }
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.logisticsWarehouses, for: file), rows: rows, to: file) }
        #expect(problems.count == SheetRejection.listedProblems + 1)
        #expect(problems.last?.description == "dan 1.801 masalah lain pada tabel ini; perbaiki yang di atas lalu simpan lagi untuk melihatnya")
    }
}
