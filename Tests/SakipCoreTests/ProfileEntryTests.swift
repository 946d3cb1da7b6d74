import Foundation
import Testing
@testable import SakipCore

/// The profile form: what it shows saves back unchanged, and wrong fields are refused by name.
struct ProfileEntryTests {
    @Test(arguments: ["asahan-2024-corrected", "pagaralam-2024-corrected", "pematangsiantar-2024-corrected"])
    func shownValues_saveBackUnchanged(seed: String) throws {
        let file = try Fixtures.load(seed).officeYear
        #expect(try ProfileEntry(file).applied(to: file) == file)
    }

    @Test func changedValues_reachTheOfficeYear() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        var entry = ProfileEntry(file)
        entry.city = "Kisaran Timur"
        entry.missions = "Misi satu\n\n  Misi dua  \n"
        entry.lowerIsBetterFormula = "ratio"
        entry.capAbove100 = "ya"
        let next = try entry.applied(to: file)
        #expect(next.office.city == "Kisaran Timur")
        #expect(next.renstra?.missions == ["Misi satu", "Misi dua"])
        #expect(next.settings.lowerIsBetterFormula == .ratio)
        #expect(next.settings.capAbove100ForAverage)
        #expect(next.renstra?.targets == file.renstra?.targets)
        #expect(next.measure().settings.lowerIsBetterFormula == .ratio)
    }

    @Test func wrongFields_areAllReported() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        var entry = ProfileEntry(file)
        entry.email = "kpu-asahan"
        entry.renstraStart = "2025"
        entry.renstraEnd = "2029"
        entry.lowerIsBetterFormula = "terbalik"
        do {
            _ = try entry.applied(to: file)
            Issue.record("diharapkan ditolak")
        } catch {
            #expect(error.problems.map(\.field) == ["Surel", "Periode Renstra", "Rumus indikator semakin rendah semakin baik"])
            #expect(error.problems[1].reason.contains("tahun 2024 berada di luar periode 2025–2029"))
        }
    }
}
