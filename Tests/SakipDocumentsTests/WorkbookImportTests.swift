import Foundation
@testable import SakipCore
import SakipDocuments
import Testing

/// Workbooks in the layout of the Pagar Alam report (Tests/Fixtures/xlsx, made by make_fixtures.py with openpyxl)
/// imported into the election and logistics tables: found, applied, checked, and refused at their cells.
struct WorkbookImportTests {
    static func workbook(_ name: String) throws -> [SheetGrid] {
        let url = Seeds.directory.deletingLastPathComponent().appendingPathComponent("xlsx/\(name).xlsx")
        return try WorkbookReader.read(Data(contentsOf: url))
    }

    @Test func reader_givesTheWorksheets_theirRowNumbers_numbersAndDates() throws {
        let grids = try Self.workbook("pagaralam-logistik")
        #expect(grids.map(\.name) == ["Tabel 4", "Tabel 5", "Tabel 6"])
        let distribution = grids[0]
        let first = try #require(distribution.rows.first { $0[1] == "Dempo Makmur" })
        #expect(first.number == 6)
        #expect(first.cells.prefix(8) == ["1", "Dempo Makmur", "7", "14", "28", "2024-11-26", "26-11-2024", "Truck, Pick up dan Motor"])
    }

    @Test func dptRecap_isImported_andItsTPSMistakeIsReported() throws {
        var file = try Seeds.load("pagaralam-2024-corrected")
        file.elections[0].dpt.rows = []
        let sheet = Sheet.sheet(.dpt, for: file)
        let imported = try SheetImport.read(Self.workbook("pagaralam-dpt"), for: sheet, fill: ["eventId": "pemilihan2024"])
        #expect(imported.worksheet == "Tabel 3.3")
        #expect(imported.rows.map(\.line) == [6, 7, 8, 9, 10])
        let result = try SheetEditor.apply(sheet, rows: imported.rows, to: file)
        let recap = result.officeYear.elections[0].dpt
        #expect(recap.voters.total == 107_916)
        #expect(recap.tps == 1_169)
        // The printed Dempo Tengah TPS (950 for 29) makes the rows disagree with the printed 248.
        let codes = result.officeYear.review().findings.filter { ($0.place.path ?? "").hasPrefix("$.elections") }.map(\.code)
        #expect(codes.contains("ARITH-DPT-TOTAL"))
    }

    @Test func wrongCells_areRefused_withTheirWorkbookCells() throws {
        let file = try Seeds.load("pagaralam-2024-corrected")
        let sheet = Sheet.sheet(.dpt, for: file)
        let imported = try SheetImport.read(Self.workbook("pagaralam-dpt-salah"), for: sheet, fill: ["eventId": "pemilihan2024"])
        do {
            _ = try SheetEditor.apply(sheet, rows: imported.rows, to: file)
            Issue.record("tabel yang salah diterima")
        } catch {
            let messages = imported.locate(error.problems).map(\.description)
            #expect(messages.contains { $0.hasPrefix("Lembar \"Tabel 3.3\", sel E7, Baris 7, kolom L (\"16.5x1\")") })
            #expect(messages.contains { $0.hasPrefix("Lembar \"Tabel 3.3\", sel D9, Baris 9, kolom TPS: wajib diisi") })
        }
    }

    @Test func logisticsTables_areFoundInTheirWorksheets() throws {
        var file = try Seeds.load("pagaralam-2024-corrected")
        let grids = try Self.workbook("pagaralam-logistik")
        for id in [Sheet.ID.logisticsDistribution, .logisticsTransport, .logisticsSorting] {
            let sheet = Sheet.sheet(id, for: file)
            file = try SheetEditor.apply(sheet, rows: SheetImport.read(grids, for: sheet).rows, to: file).officeYear
        }
        let logistics = try #require(file.logistics)
        #expect(logistics.distribution.count == 5)
        #expect(logistics.distributedTPS == 40)
        #expect(logistics.distribution[0].sent == CalendarDate(year: 2024, month: 11, day: 26))
        #expect(logistics.transport.map(\.mode) == ["Pesawat/Helikopter", "Mobil Truck", "Mobil Pick up", "Sepeda Motor/ Sepeda Kayuh"])
        #expect(logistics.transportTPS == 138)
        #expect(logistics.sorting.map(\.requested) == [5, 0, 0, 1_479])
        // Kotak suara: 501 received but 501 good + 5 damaged.
        #expect(logistics.sorting[0].isReconciled == false)
        #expect(file.review().findings.contains { $0.code == "ARITH-LOGISTICS-SORTING" && $0.place.path == "$.logistics.sorting[0]" })
    }

    /// LibreOffice Calc writes shared strings and its own date styles: the same cells must come out.
    @Test(.enabled(if: PDFConverter.sofficePath() != nil, "LibreOffice (soffice) tidak terpasang"))
    func aWorkbookSavedByLibreOfficeCalc_readsTheSame() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-xlsx-\(UUID().uuidString)")
        let output = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = Seeds.directory.deletingLastPathComponent().appendingPathComponent("xlsx/pagaralam-logistik.xlsx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PDFConverter.sofficePath()!)
        process.arguments = ["-env:UserInstallation=file://\(work.appendingPathComponent("profil").path)", "--headless", "--norestore",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output.path, source.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let saved = try Data(contentsOf: output.appendingPathComponent("pagaralam-logistik.xlsx"))
        #expect(String(decoding: saved.prefix(2), as: UTF8.self) == "PK")
        let calc = try WorkbookReader.read(saved)
        let original = try Self.workbook("pagaralam-logistik")
        #expect(calc.map(\.name) == original.map(\.name))
        for (mine, theirs) in zip(original, calc) {
            let trimmed = { (rows: [SheetGrid.Row]) in rows.map { row in Array(row.cells.reversed().drop { $0.isEmpty }.reversed()) } }
            #expect(trimmed(mine.rows) == trimmed(theirs.rows), "\(mine.name)")
            #expect(mine.rows.map(\.number) == theirs.rows.map(\.number), "\(mine.name)")
        }
    }

    @Test func aFileThatIsNotAWorkbook_isRefusedInIndonesian() {
        #expect(throws: DocumentError.self) { try WorkbookReader.read(Data("No;Kecamatan\n1;Dempo".utf8)) }
        do { _ = try WorkbookReader.read(Data("bukan xlsx".utf8)) } catch {
            #expect(error.description.contains("simpan tabel sebagai Excel Workbook (.xlsx)"))
        }
    }
}
