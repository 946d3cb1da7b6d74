import ArgumentParser
import Foundation
import SakipCore

/// `sakip review FILE`: the automated review (reviu) of an office-year file.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Mereviu berkas office-year: memeriksa hitungan, logika, kelengkapan, tanggal dan angka yang tertulis dua kali.",
        discussion: """
        Kode keluar: 0 bila tidak ada temuan tingkat kesalahan, 1 bila ada, 2 bila berkas tidak dapat dibaca.
        Daftar pemeriksaan: docs/reviu.md.
        """
    )

    @Argument(help: "Berkas office-year (JSON).")
    var file: String

    @Flag(help: "Keluaran JSON untuk mesin (format sakip-review versi 1).")
    var json = false

    func run() throws {
        let result = try readOfficeYearFile(file)
        let output = ReviewOutput(officeYear: result.officeYear, file: file, report: result.officeYear.review())
        print(json ? output.json() : output.text(), terminator: json ? "" : "\n")
        // Scripts and CI gate on the exit code: an error-level finding fails.
        if output.report.hasErrors { throw ExitCode(1) }
    }
}
