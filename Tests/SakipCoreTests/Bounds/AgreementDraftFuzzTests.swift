import Foundation
import Testing
@testable import SakipCore

/// The PK form's reader under random input: odd targets, amounts, ids and blank or overlong fields never
/// crash it; a refusal names its indicator, program row or signatory in Indonesian; what it accepts reads back.
struct AgreementDraftFuzzTests {
    static let oddTexts = ["", " ", "75 %", "75%", "1e400 %", "-0", "NaN", "99999999999999999999999999999 %", "BB", "bb", "Z",
                           "2 Laporan", "1.000.000.000", "1,5", "Rp 1.250.000.000", "Rp -5", "١٢٣", "\u{0000}", "<b>x</b>",
                           "75\u{00A0}%", String(repeating: "9", count: 400), "WTP", "N/A", "sekitar 75", "0,000001 %"]

    @Test func randomDrafts_neverCrash_andEveryRefusalNamesItsPlace() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        var state: UInt64 = 16
        func next(_ bound: Int) -> Int {
            // SplitMix64: a fixed seed, so a failure is reproduced by running the test again.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        func odd() -> String { Self.oddTexts[next(Self.oddTexts.count)] }
        let ids = file.indicators.map(\.id) + ["I99", "", "<x>"]
        let people = file.people.map(\.id) + ["P99", ""]
        var accepted = 0
        for _ in 0..<1_500 {
            let level: PerformanceAgreement.Level = next(2) == 0 ? .ketua : .sekretaris
            let chosen = (0..<next(ids.count + 1)).map { _ in ids[next(ids.count)] }
            let draft = AgreementDraft(
                included: Set(chosen),
                objectives: Dictionary(chosen.map { ($0, next(3) == 0 ? "S99" : file.objectives.first?.id ?? "") }, uniquingKeysWith: { a, _ in a }),
                targets: Dictionary(chosen.map { ($0, odd()) }, uniquingKeysWith: { a, _ in a }),
                programs: (0..<next(4)).map { _ in .init(code: next(2) == 0 ? "076.01.WA" : odd(), name: odd(), amount: odd()) },
                firstPartyId: people[next(people.count)], secondPartyId: people[next(people.count)], place: odd())
            switch file.agreementContent(level, from: draft) {
            case .success(let content):
                accepted += 1
                #expect(content.rows.allSatisfy { row in draft.included.contains(row.indicatorId) })
            case .failure(let error):
                #expect(!error.problems.isEmpty)
                for problem in error.problems {
                    #expect(!problem.contains("$."), "\(problem)")
                    #expect(problem.hasPrefix("Indikator") || problem.hasPrefix("Program baris") || problem.contains("ihak")
                            || problem.contains("Tempat") || problem.contains("PK"), "\(problem)")
                }
            }
        }
        // The generator reaches both outcomes: a fuzz test that only ever refuses proves little.
        #expect(accepted > 0)
    }
}
