import Foundation
import Testing
@testable import SakipCore
@testable import SakipMutation

private let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/seeds")

private func fixtures(_ suffix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
}

@Suite struct MutationScoreTests {
    @Test func sites_coverEveryKindOfPrintedFigure() throws {
        let text = try String(contentsOf: seeds.appendingPathComponent("pagaralam-2024-corrected.json"), encoding: .utf8)
        let kinds = Set(MutationSites.all(in: try JSONParser.parse(text)).map(\.kind))
        #expect(kinds.isSuperset(of: [.total, .sisa, .persen, .capaian, .count]))
    }

    @Test func digitTypos_areMaterialBeyondRounding_only() {
        #expect(MutantMaker.isMaterial(original: "66,13 %", mutated: "66,31 %", kind: .persen))
        #expect(!MutantMaker.isMaterial(original: "66,13 %", mutated: "66,14 %", kind: .persen))
        #expect(MutantMaker.isMaterial(original: "66,13 %", mutated: "66,13%%", kind: .persen))
        #expect(MutantMaker.isMaterial(original: "1.000", mutated: "1.001", kind: .sisa))
    }

    @Test func pathReplacement_changesOnlyThatMember() throws {
        let root = try JSONParser.parse(#"{"a": [{"b": 1}, {"b": 2}], "c": {"d": "x"}}"#)
        let changed = root.replacing(at: "$.a[1].b", with: .number("5"))
        #expect(changed["a"] == .array([.object([("b", .number("1"))]), .object([("b", .number("5"))])]))
        #expect(changed["c"] == root["c"])
    }

    /// Issue 15, point 8: every material mutant of a fixed sample of each corrected fixture is found at its
    /// place, and no corrected fixture has an error-level finding of its own. (`.ci/run` runs a larger sample;
    /// `swift run sakip-mutate` runs every mutant.)
    @Test(arguments: fixtures("-corrected.json"))
    func everyMaterialMutant_isFoundAtItsPlace(file: String) throws {
        let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
        let report = try MutationRun.run(text: text, file: file, seed: 15, sample: 40)
        #expect(report.baselineErrors.isEmpty, "\(report.baselineErrors.map(\.message))")
        let missed = report.material.filter { !$0.found }
        #expect(missed.isEmpty, "\(MutationSummary(reports: [report]).text())")
    }
}
