import Foundation

/// Runs every target's cases in worker processes of this executable, two at a time, and watches them: a worker
/// that dies names the case it was running (the crash), one that stops making progress is killed (the hang).
/// The input of each failing case is saved, and the run ends with its figures.
final class Supervisor {
    private let options: Options
    private let runner: CaseRunner
    private let executable: String
    private let work: URL

    private struct Batch { var target: Target; var from: Int; var to: Int }

    private final class Job {
        let batch: Batch
        let process: Process
        let report: URL
        let log: URL
        var lastSize = 0
        var lastProgress = Date()
        init(batch: Batch, process: Process, report: URL, log: URL) {
            self.batch = batch
            self.process = process
            self.report = report
            self.log = log
        }
    }

    /// A case that went wrong, and how.
    struct Failure { var target: Target; var index: Int; var kind: String; var detail: String }

    private var counts: [Target: (cases: Int, accepted: Int)] = [:]
    private(set) var failures: [Failure] = []
    private var saved = 0

    init(options: Options, runner: CaseRunner) throws {
        self.options = options
        self.runner = runner
        executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        work = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-fuzz-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: work) }

    /// Runs the whole budget; true when no case crashed, hung or gave a message that is not a located Indonesian sentence.
    func run() throws -> Bool {
        let start = Date()
        print("sakip-fuzz: seed \(options.seed), scale \(options.scale), \(options.jobs) workers")
        var queue: [Batch] = []
        for target in options.targets {
            let total = options.cases ?? target.baseCases * options.scale
            for from in stride(from: 0, to: total, by: target.batch) { queue.append(Batch(target: target, from: from, to: min(total, from + target.batch))) }
        }
        // Large batches first, so that the two workers finish together.
        queue.sort { $0.target.number < $1.target.number }
        var running: [Job] = []
        var counter = 0
        while !queue.isEmpty || !running.isEmpty {
            if let limit = options.timeLimit, Date().timeIntervalSince(start) > limit {
                stop(running, queue: queue, limit: limit)
                break
            }
            while running.count < options.jobs, !queue.isEmpty {
                counter += 1
                running.append(try launch(queue.removeFirst(), number: counter))
            }
            Thread.sleep(forTimeInterval: 0.05)
            var still: [Job] = []
            for job in running {
                if let rest = try watch(job) {
                    if rest.from < rest.to { queue.insert(rest, at: 0) }
                } else {
                    still.append(job)
                }
            }
            running = still
        }
        summarise(seconds: Date().timeIntervalSince(start))
        return failures.isEmpty && timedOut == nil
    }

    /// Past the time limit: the running workers are killed, their finished cases counted, and the run fails.
    private func stop(_ running: [Job], queue: [Batch], limit: Double) {
        for job in running {
            kill(job.process.processIdentifier, SIGKILL)
            job.process.waitUntilExit()
            _ = try? conclude(job, hung: false, stopped: true)
        }
        let planned = options.targets.reduce(0) { $0 + (options.cases ?? $1.baseCases * options.scale) }
        let done = counts.values.reduce(0) { $0 + $1.cases }
        timedOut = "time limit of \(Int(limit)) s reached after \(done) of \(planned) cases"
    }

    private var timedOut: String?

    private func launch(_ batch: Batch, number: Int) throws -> Job {
        let report = work.appendingPathComponent("report-\(number).txt")
        let log = work.appendingPathComponent("stderr-\(number).txt")
        FileManager.default.createFile(atPath: report.path, contents: nil)
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--worker", batch.target.rawValue, "\(batch.from)", "\(batch.to)", "--seed", "\(options.seed)", "--report", report.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return Job(batch: batch, process: process, report: report, log: log)
    }

    /// Nil while the job runs; when it has ended (or was killed), what is left of its batch.
    private func watch(_ job: Job) throws -> Batch? {
        let size = (try? FileManager.default.attributesOfItem(atPath: job.report.path)[.size] as? Int) ?? 0
        if size != job.lastSize {
            job.lastSize = size
            job.lastProgress = Date()
        }
        if job.process.isRunning {
            guard Date().timeIntervalSince(job.lastProgress) > options.caseTimeout else { return nil }
            kill(job.process.processIdentifier, SIGKILL)
            job.process.waitUntilExit()
            return try conclude(job, hung: true)
        }
        return try conclude(job, hung: false)
    }

    /// Counts the finished cases of a job; a case begun and not ended is a crash or a hang.
    private func conclude(_ job: Job, hung: Bool, stopped: Bool = false) throws -> Batch {
        let lines = (try? String(contentsOf: job.report, encoding: .utf8)) ?? ""
        var open: Int?
        var last = job.batch.from - 1
        for line in lines.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let index = Int(fields[1]) else { continue }
            if fields[0] == "begin" { open = index; continue }
            guard fields[0] == "end", fields.count >= 3 else { continue }
            open = nil
            last = index
            var count = counts[job.batch.target] ?? (0, 0)
            count.cases += 1
            if fields[2] == "accepted" { count.accepted += 1 }
            counts[job.batch.target] = count
            for problem in fields.dropFirst(3) { record(Failure(target: job.batch.target, index: index, kind: "message", detail: problem)) }
        }
        guard !stopped else { return Batch(target: job.batch.target, from: job.batch.to, to: job.batch.to) }
        let status = job.process.terminationStatus
        let crashed = open != nil || (job.process.terminationReason == .uncaughtSignal || status != 0) && last + 1 < job.batch.to
        guard crashed || hung else { return Batch(target: job.batch.target, from: job.batch.to, to: job.batch.to) }
        let index = open ?? last + 1
        var count = counts[job.batch.target] ?? (0, 0)
        count.cases += 1
        counts[job.batch.target] = count
        let log = (try? String(contentsOf: job.log, encoding: .utf8)) ?? ""
        let markers = ["Fatal error", "Precondition failed", "Assertion failed", "error"]
        var reason = log.split(separator: "\n").first { line in markers.contains { line.contains($0) } }.map(String.init)
            ?? "signal \(status)"
        if !hung, confirmed < 10 {
            confirmed += 1
            reason += try crashesAlone(job.batch.target, index) ? " (crashes when run alone too)" : " (not alone: depends on the cases before it)"
        }
        record(Failure(target: job.batch.target, index: index, kind: hung ? "hang" : "crash",
                       detail: hung ? "no progress for \(Int(options.caseTimeout)) s" : reason))
        return Batch(target: job.batch.target, from: index + 1, to: job.batch.to)
    }

    private var confirmed = 0

    /// Runs one case in a fresh worker: whether it crashes without the cases before it.
    private func crashesAlone(_ target: Target, _ index: Int) throws -> Bool {
        let job = try launch(Batch(target: target, from: index, to: index + 1), number: 0)
        let deadline = Date().addingTimeInterval(options.caseTimeout)
        while job.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if job.process.isRunning {
            kill(job.process.processIdentifier, SIGKILL)
            job.process.waitUntilExit()
        }
        return job.process.terminationStatus != 0
    }

    private func record(_ failure: Failure) {
        failures.append(failure)
        guard saved < 50, !failures.dropLast().contains(where: { $0.target == failure.target && $0.index == failure.index }) else { return }
        saved += 1
        do {
            try FileManager.default.createDirectory(at: options.crashes, withIntermediateDirectories: true)
            let name = "\(failure.target.rawValue)-seed\(options.seed)-\(failure.index)"
            let input = try runner.input(failure.target, failure.index)
            try input.payload.write(to: options.crashes.appendingPathComponent("\(name).\(failure.target.fileExtension)"))
            let note = """
            \(failure.kind): \(failure.detail)
            table and office-year: \(input.context)
            run it alone: swift run sakip-fuzz --case \(failure.target.rawValue):\(failure.index) --seed \(options.seed)

            """
            try Data(note.utf8).write(to: options.crashes.appendingPathComponent("\(name).about.txt"))
        } catch {
            print("  (the input of \(failure.target.rawValue) case \(failure.index) could not be saved: \(error))")
        }
    }

    private func summarise(seconds: Double) {
        var total = 0
        for target in options.targets {
            let count = counts[target] ?? (0, 0)
            total += count.cases
            let name = target.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            print("  \(name) \(String(count.cases).leftPadded(6)) cases: \(count.accepted) accepted, \(count.cases - count.accepted) refused")
        }
        let crashes = failures.filter { $0.kind == "crash" }.count
        let hangs = failures.filter { $0.kind == "hang" }.count
        let messages = failures.filter { $0.kind == "message" }.count
        print("sakip-fuzz: \(total) cases, \(crashes) crashes, \(hangs) hangs, \(messages) message problems in \(String(format: "%.1f", seconds)) s")
        if let timedOut { print("sakip-fuzz: \(timedOut): the run fails") }
        for failure in failures.prefix(40) {
            print("  \(failure.kind) \(failure.target.rawValue):\(failure.index): \(MessageCheck.clip(failure.detail))")
        }
        if !failures.isEmpty { print("  inputs saved in \(options.crashes.path)") }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
