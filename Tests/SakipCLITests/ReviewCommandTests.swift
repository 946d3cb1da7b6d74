import ArgumentParser
import Foundation
import Testing
@testable import SakipCLI
@testable import SakipCore

private let seedDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/seeds")

private func seedPath(_ name: String) -> String { seedDirectory.appendingPathComponent("\(name).json").path }

/// Runs `sakip review` as the shell would and returns its exit code.
private func exitCode(_ arguments: [String]) throws -> Int32 {
    var command = try SakipCommand.parseAsRoot(["review"] + arguments)
    do {
        try command.run()
        return 0
    } catch let exit as ExitCode {
        return exit.rawValue
    }
}

private func output(_ seed: String) throws -> ReviewOutput {
    let read = try OfficeYearReader.read(contentsOf: URL(fileURLWithPath: seedPath(seed)))
    return ReviewOutput(officeYear: read.officeYear, file: "\(seed).json", report: read.officeYear.review())
}

@Suite struct ReviewCommandTests {
    /// The printed files whose notes list an error-level mistake; the others list none (or only warnings).
    static let printedWithErrors = ["pematangsiantar-2024", "asahan-2024", "pagaralam-2024", "sarolangun-2020"]
    static let printedWithoutErrors = ["sarolangun-2019", "kaltim-sekretariat-2020", "ponorogo-2020", "blitar-2020",
                                       "lebak-sekretariat-2019", "sultra-2016"]

    @Test(arguments: printedWithErrors)
    func asPrintedSeed_withAnErrorInItsNotes_exitsWith1(seed: String) throws {
        #expect(try exitCode([seedPath(seed)]) == 1)
    }

    @Test(arguments: printedWithoutErrors)
    func asPrintedSeed_withoutAnErrorInItsNotes_exitsWith0(seed: String) throws {
        #expect(try exitCode([seedPath(seed)]) == 0)
    }

    @Test(arguments: printedWithErrors + printedWithoutErrors)
    func correctedSeed_exitsWith0(seed: String) throws {
        #expect(try exitCode([seedPath(seed + "-corrected")]) == 0)
        #expect(try exitCode(["--json", seedPath(seed + "-corrected")]) == 0)
    }

    @Test func unreadableFile_exitsWith2() throws {
        #expect(try exitCode(["/nonexistent/office-year.json"]) == 2)
    }

    @Test func text_isIndonesianWithPlaceExpectedAndFound() throws {
        let text = try output("pematangsiantar-2024").text()
        #expect(text.hasPrefix("REVIU LAPORAN KINERJA — KPU KOTA PEMATANGSIANTAR — TAHUN 2024"))
        #expect(text.contains("Temuan: 36 kesalahan, 0 peringatan, 0 catatan"))
        #expect(text.contains(". BAB III.A Rincian Output 6870, baris QGE.002 Pengelolaan Kampanye Pemilu, kolom persen\n   Persen "))
        #expect(text.contains("seharusnya: 66,13\u{00A0}% · tertulis: 66.31 %"))
        // The code follows the message, never leads it.
        #expect(text.contains("(ARITH-BUDGET-PERSEN, Aritmetika · lokasi di berkas: $.report.claims[7].persen)"))
        #expect(!text.contains("[ARITH-"))
        #expect(text.contains("Hasil: ada 36 kesalahan"))
    }

    @Test func text_ofCorrectedFile_saysNoError() throws {
        let text = try output("asahan-2024-corrected").text()
        #expect(text.contains("Temuan: 0 kesalahan, 0 peringatan, 4 catatan"))
        #expect(text.contains("Hasil: tidak ada kesalahan."))
    }

    @Test func json_isStableAndCarriesEveryFinding() throws {
        let review = try output("pagaralam-2024")
        let text = review.json()
        #expect(text == review.json())
        let value = try JSONParser.parse(text)
        #expect(value["format"] == .string("sakip-review"))
        #expect(value["version"] == .number("1"))
        #expect(value["office"]?["name"] == .string("KPU Kota Pagar Alam"))
        guard case .array(let findings)? = value["findings"] else {
            Issue.record("findings missing")
            return
        }
        #expect(findings.count == review.report.findings.count)
        let dated = findings.first { $0["code"] == .string("CHRON-REPORT-DATE") }
        #expect(dated?["severity"] == .string("error"))
        #expect(dated?["place"]?["path"] == .string("$.report.date"))
        #expect(dated?["found"] == .string("9 Januari 2024"))
    }

    @Test func arguments_parse() throws {
        let command = try #require(try SakipCommand.parseAsRoot(["review", "--json", "f.json"]) as? ReviewCommand)
        #expect(command.json)
        #expect(command.file == "f.json")
    }
}

