import Foundation
import Testing
@testable import SakipCore

/// The election and logistics tables: the DPT recap as kecamatan and kelurahan rows, turnout in nested
/// columns, counts with thousands dots, and imports from workbooks in the seeds' layout.
struct ElectionSheetTests {
    let file: OfficeYear

    init() throws { file = try Fixtures.load("pagaralam-2024-corrected").officeYear }

    @Test func dptTable_showsKecamatanRows_withIndonesianCounts() {
        let rows = SheetEditor.rows(Sheet.sheet(.dpt, for: file), of: file)
        #expect(rows.count == 5)
        #expect(rows[0] == ["pemilihan2024", "Pagaralam Utara", "", "10", "70", "16.561", "16.133", "32.694"])
    }

    @Test func dptTable_withKelurahanOnly_sumsTheKecamatan_andTheRecapFollows() throws {
        let text = """
        ID Pemilihan\tKecamatan\tKelurahan/Desa\tJumlah Desa/Kel\tTPS\tL\tP\tL+P tertulis
        pemilihan2024\tDempo Tengah\tJokoh\t\t6\t1.200\t1.100\t
        pemilihan2024\tDempo Tengah\tPadang Temu\t\t6\t1300\t1.250\t
        pemilihan2024\tDempo Utara\t\t7\t46\t8.956\t8.496\t17.452
        """
        let result = try SheetEditor.apply(Sheet.sheet(.dpt, for: file), text: text, to: file)
        let recap = try #require(result.officeYear.election("pemilihan2024")).dpt
        #expect(recap.rows.map(\.area) == ["Dempo Tengah", "Dempo Utara"])
        #expect(recap.rows[0].tps == 12)
        #expect(recap.rows[0].voters == VoterCount(male: 2500, female: 2350))
        #expect(recap.rows[0].subareas.map(\.area) == ["Jokoh", "Padang Temu"])
        #expect(recap.voters.total == 2500 + 2350 + 8956 + 8496)
        // The printed total line is kept, to be checked against the new rows.
        #expect(recap.statedTotal?.total == 107_916)
    }

    @Test func dptTable_refusesAnUnknownElection_andAWrongCount_atTheirLineAndColumn() throws {
        let text = "pilpres2024\tDempo Utara\t\t7\t46\t8956\t8496\t\npemilihan2024\tDempo Selatan\t\t5\t30\t5.15.2\t4718\t"
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.dpt, for: file), text: text, to: file) }
        #expect(problems.contains { $0.line == 1 && $0.column == "ID Pemilihan" && $0.reason.contains("pemilihan2024") })
        #expect(problems.contains { $0.line == 2 && $0.column == "L" && $0.value == "5.15.2" })
    }

    @Test func electionsTable_writesTurnoutIntoItsObject_andTheRateIsComputed() throws {
        let sheet = Sheet.sheet(.elections, for: file)
        var cells = SheetEditor.rows(sheet, of: file)[0]
        let column = { (header: String) in sheet.headers.firstIndex(of: header)! }
        cells[column("Memilih L")] = "40.000"
        cells[column("Memilih P")] = "42.422"
        let result = try SheetEditor.apply(sheet, text: SheetText.write([cells], headers: sheet.headers), to: file)
        let event = try #require(result.officeYear.election("pemilihan2024"))
        #expect(event.turnout?.voted == VoterCount(male: 40_000, female: 42_422))
        // The DPT recap the table does not show is kept.
        #expect(event.dpt.voters.total == 107_916)
        let women = try #require(event.participation(.women))
        #expect(IndonesianFormat.percent(women.percent) == "80,00\u{00A0}%")
    }

    @Test func electionsTable_turnoutWithoutVoters_isRefusedAtTheVotersColumn() throws {
        let sheet = Sheet.sheet(.elections, for: file)
        var cells = SheetEditor.rows(sheet, of: file)[0]
        cells[sheet.headers.firstIndex(of: "Disabilitas terdaftar")!] = "300"
        let problems = try rejection { try SheetEditor.apply(sheet, text: SheetText.write([cells], headers: sheet.headers), to: file) }
        #expect(problems.contains { $0.line == 2 && $0.column == "Memilih L" })
    }

    @Test func bindingsTable_makesTheIndicatorComputed() throws {
        var withTurnout = file
        withTurnout.elections[0].turnout = Turnout(voted: VoterCount(male: 40_000, female: 42_422))
        let indicator = try #require(withTurnout.indicators.first { $0.statement.lowercased().contains("partisipasi") } ?? withTurnout.indicators.first)
        let result = try SheetEditor.apply(Sheet.sheet(.bindings, for: withTurnout),
                                           text: "\(indicator.id)\tpartisipasi pemilih perempuan\tpemilihan2024", to: withTurnout)
        let bound = try #require(result.officeYear.boundRealisation(for: indicator.id))
        #expect(bound.provenance.contains("42.422 / 53.028"))
        let problems = try rejection {
            try SheetEditor.apply(Sheet.sheet(.bindings, for: withTurnout), text: "\(indicator.id)\tpartisipasi\tpemilihan2024", to: withTurnout)
        }
        #expect(problems.map(\.column) == ["Sumber angka"])
    }

    @Test func counts_acceptThousandsDots_only_whereTheyGroupThousands() {
        #expect(SheetCell.count("16.561") == 16_561)
        #expect(SheetCell.count("1.234.567") == 1_234_567)
        #expect(SheetCell.count("16561") == 16_561)
        #expect(SheetCell.count("16.5") == nil)
        #expect(SheetCell.count("1234.567") == nil)
        #expect(SheetCell.count("-5") == nil)
        #expect(SheetCell.count("") == nil)
    }

    // MARK: import from a workbook's cells

    /// Pagar Alam Tabel 3.3 as a spreadsheet holds it: title lines, a two-row header, the printed total.
    static let tabel33 = SheetGrid(name: "Tabel 3.3", rows: [
        .init(number: 1, cells: ["Tabel 3.3"]),
        .init(number: 3, cells: ["No", "Nama Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Jumlah Pemilih", "", "", "Ket"]),
        .init(number: 4, cells: ["", "", "", "", "L", "P", "L+P"]),
        .init(number: 5, cells: ["1", "Pagaralam Utara", "10", "70", "16561", "16133", "32694"]),
        .init(number: 6, cells: ["2", "Dempo Tengah", "5", "950", "6004", "5515", "11519"]),
        .init(number: 7, cells: ["", "", "35", "248", "54888", "53028", "107916"]),
    ])

    @Test func importFindsTheTwoRowHeader_skipsTheTotal_andFillsTheElection() throws {
        let imported = try SheetImport.read([Self.tabel33], for: Sheet.sheet(.dpt, for: file), fill: ["eventId": "pemilihan2024"])
        #expect(imported.rows.map(\.line) == [5, 6])
        #expect(imported.rows[1].cells == ["pemilihan2024", "Dempo Tengah", "", "5", "950", "6004", "5515", "11519"])
        #expect(imported.columns["L"] == "E" && imported.columns["TPS"] == "D")
        #expect(imported.notes.count == 1 && imported.notes[0].hasPrefix("Baris 7"))
    }

    @Test func importedProblems_nameTheWorkbookCell() throws {
        var grid = Self.tabel33
        grid.rows[3].cells[5] = "16.1x3"
        let imported = try SheetImport.read([grid], for: Sheet.sheet(.dpt, for: file), fill: ["eventId": "pemilihan2024"])
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.dpt, for: file), rows: imported.rows, to: file) }
        let located = imported.locate(problems)
        #expect(located.map(\.description) == ["Lembar \"Tabel 3.3\", sel F5, Baris 5, kolom P (\"16.1x3\"): diharapkan bilangan bulat tidak negatif, seperti 16.561 atau 16561"])
    }

    @Test func importWithoutTheRequiredHeaders_saysWhichColumnsAreNeeded() throws {
        let grid = SheetGrid(name: "Lembar1", rows: [.init(number: 1, cells: ["Nama", "Alamat"]), .init(number: 2, cells: ["A", "B"])])
        let problems = try rejection { try SheetImport.read([grid], for: Sheet.sheet(.logisticsSorting, for: file)) }
        #expect(problems.count == 1)
        #expect(problems[0].reason.contains("Jenis logistik, Dipesan, Diterima, Baik, Rusak"))
    }

    /// Pagar Alam Tabel 2 as printed: money written "Rp18.693.924", the efficiency columns (computed, not read)
    /// under a merged "Efisiensi" header, the row of column numbers.
    @Test func procurementTable_isImported_fromTheSeedLayout() throws {
        let grid = SheetGrid(name: "Tabel 2", rows: [
            .init(number: 4, cells: ["No", "Jenis Logistik", "Pagu Anggaran (Rp)", "HPS (Rp)", "Nilai Kontrak (Rp)", "Efisiensi", "",
                                     "Metode Pengadaan", "Pembagian Pengadaan"]),
            .init(number: 5, cells: ["", "", "", "", "", "(Rp)", "(%)", "", ""]),
            .init(number: 6, cells: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
            .init(number: 7, cells: ["1", "Kotak Suara", "", "Rp 45.500", "", "Rp-", "Rp-", "Mini Kompetisi", ""]),
            .init(number: 8, cells: ["2", "Formulir Model C. Hasil Salinan-KWK (A4)", "Rp744.000", "Rp314", "Rp155.744", "Rp588.256", "Rp25.957",
                                     "Mini Kompetisi", "KPU Kota"]),
            .init(number: 9, cells: ["Jumlah", "", "Rp744.000", "Rp45.814", "Rp155.744", "Rp588.256", ""]),
        ])
        let sheet = Sheet.sheet(.logisticsProcurement, for: file)
        let imported = try SheetImport.read([grid], for: sheet)
        #expect(imported.rows.map(\.line) == [7, 8])
        #expect(imported.notes.count == 2)
        let logistics = try #require(SheetEditor.apply(sheet, rows: imported.rows, to: file).officeYear.logistics)
        #expect(logistics.procurement.map(\.item) == ["Kotak Suara", "Formulir Model C. Hasil Salinan-KWK (A4)"])
        #expect(logistics.procurement[0].hps == 45_500)
        #expect(logistics.procurement[1].efficiency == 588_256)
        #expect(logistics.procurement[1].method == "Mini Kompetisi" && logistics.procurement[1].share == "KPU Kota")
    }

    @Test func columnLetters() {
        #expect(SheetGrid.letters(0) == "A")
        #expect(SheetGrid.letters(25) == "Z")
        #expect(SheetGrid.letters(26) == "AA")
        #expect(SheetGrid.letters(27) == "AB")
    }
}
