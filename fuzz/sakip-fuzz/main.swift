// sakip-fuzz: mutates the fixtures and generated workbooks and feeds them to every reader of outside input
// (office-year files, .xlsx workbooks, pasted tables, the value parsers of the forms), then to everything
// computed from what they accept. A crash, a hang, or a refusal that is not a located Indonesian message fails
// the run. See fuzz/README.md.
//
//   swift build --product sakip-fuzz && .build/debug/sakip-fuzz [--seed N] [--scale N]
import Foundation

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
do {
    let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()), repository: repository)
    let runner = try CaseRunner(corpus: Corpus(repository: repository), seed: options.seed)
    if let worker = options.worker, let report = options.report {
        try Worker(runner: runner, report: FileHandle(forWritingTo: report)).run(worker.target, from: worker.from, to: worker.to)
        exit(0)
    }
    if let single = options.single {
        let input = try runner.input(single.target, single.index)
        print("\(single.target.rawValue) case \(single.index) (\(input.context)), \(input.payload.count) bytes")
        let outcome = try runner.run(single.target, single.index)
        print(outcome.accepted ? "accepted" : "refused")
        outcome.refusal.forEach { print("  \($0)") }
        outcome.problems.forEach { print("  problem: \($0)") }
        exit(outcome.problems.isEmpty ? 0 : 1)
    }
    exit(try Supervisor(options: options, runner: runner).run() ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("sakip-fuzz: \(error)\n".utf8))
    exit(2)
}
