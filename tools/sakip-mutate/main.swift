// sakip-mutate: mutation testing of the review on the corrected fixtures (issue 15, point 8).
//
//   swift run sakip-mutate [FILE.json ...] [--sample N] [--seed S] [--require PERCENT] [--quiet]
//
// Each printed figure of a file (a total, a sisa, a persen, a capaian, a category, a stated count, target,
// amount or year) is changed alone, as a typo would; the file is read and reviewed again, and the mutant is
// found when a finding names its place (as the culprit or among the alternatives) or the reader refuses the
// file at it. Without files, every *-corrected.json under Tests/Fixtures/seeds is used. `--sample N` takes N
// mutants per file, chosen with the seed. Exits 1 when the score is below `--require` or a file has an
// error-level finding of its own.
import Foundation
import SakipMutation

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), arguments.indices.contains(index + 1) else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
    return value
}
let sample = option("--sample").flatMap(Int.init)
let seed = option("--seed").flatMap(UInt64.init) ?? 15
let required = option("--require").flatMap(Double.init)
let quiet = arguments.contains("--quiet")
arguments.removeAll { $0 == "--quiet" }

let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds")
let files: [URL] = arguments.isEmpty
    ? ((try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.lastPathComponent.hasSuffix("-corrected.json") }.sorted { $0.path < $1.path }
    : arguments.map { URL(fileURLWithPath: $0) }

var reports: [FileMutationReport] = []
for file in files {
    do {
        let text = try String(contentsOf: file, encoding: .utf8)
        reports.append(try MutationRun.run(text: text, file: file.lastPathComponent, seed: seed, sample: sample))
    } catch {
        FileHandle.standardError.write(Data("\(file.path): \(error)\n".utf8))
        exit(2)
    }
}
let summary = MutationSummary(reports: reports)
print(summary.text(listMissed: !quiet))
let score = NSDecimalNumber(decimal: summary.score).doubleValue
if let required, score < required { exit(1) }
if reports.contains(where: { !$0.baselineErrors.isEmpty }) { exit(1) }
