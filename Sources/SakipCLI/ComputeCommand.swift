import ArgumentParser
import Foundation
import SakipCore

/// `sakip compute FILE`: the measurement and budget tables of an office-year file.
struct ComputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Menghitung tabel pengukuran kinerja dan realisasi anggaran dari berkas office-year."
    )

    @Argument(help: "Berkas office-year (JSON).")
    var file: String

    @Flag(help: "Keluaran JSON untuk mesin.")
    var json = false

    func run() throws {
        let result = try readOfficeYearFile(file)
        let report = ComputeReport(officeYear: result.officeYear, warnings: result.warnings)
        print(json ? report.json() : report.text(), terminator: json ? "" : "\n")
    }
}
