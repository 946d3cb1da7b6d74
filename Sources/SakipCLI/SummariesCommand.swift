import ArgumentParser
import Foundation
import SakipServer
import Vapor

/// `sakip summaries [--all]`: recomputes the stored office-year summaries that province and national pages read:
/// those missing, computed by older rules or from an older version of their office-year (after an upgrade), or all.
struct SummariesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summaries",
        abstract: "Menghitung ulang ringkasan office-year yang usang (aturan lama atau versi data lama), atau semuanya dengan --all."
    )

    @ArgumentParser.Flag(help: "Hitung ulang semua ringkasan, juga yang masih mutakhir.") var all = false

    func run() async throws {
        let app = try await makeApplication()
        let recount: OfficeYearStore.SummaryRecount
        do {
            recount = try await OfficeYearStore(database: app.db).recomputeSummaries(all: all)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        print("Ringkasan dihitung ulang: \(recount.recomputed); sudah mutakhir: \(recount.current); gagal: \(recount.failed.count).")
        for failure in recount.failed.prefix(20) { printError("  gagal: \(failure)") }
        if !recount.failed.isEmpty { throw ExitCode(1) }
    }
}
