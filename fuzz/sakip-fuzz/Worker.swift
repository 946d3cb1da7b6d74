import Foundation

/// Runs a range of cases of one target in this process, writing "begin" and "end" lines to the report file as it
/// goes: a line missing after a crash or a hang names the case that caused it.
struct Worker {
    let runner: CaseRunner
    let report: FileHandle

    func run(_ target: Target, from: Int, to: Int) throws {
        // `sakip compute` and `sakip review` print to standard output: not the harness's business.
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDOUT_FILENO) }
        for index in from..<to {
            write("begin\t\(index)")
            let outcome = try runner.run(target, index)
            let problems = outcome.problems.map { $0.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ") }
            write((["end", "\(index)", outcome.accepted ? "accepted" : "rejected"] + problems).joined(separator: "\t"))
        }
    }

    private func write(_ line: String) {
        report.write(Data((line + "\n").utf8))
    }
}
