import Foundation

/// The command line of `sakip-fuzz` (fuzz/README.md).
struct Options {
    var seed: UInt64 = 1
    /// Multiplies every target's case budget; 1 is the CI run.
    var scale = 1
    var jobs = 2
    /// Cases per target instead of the budget (a quick try).
    var cases: Int?
    var targets = Target.allCases
    var crashes: URL
    /// Seconds without progress after which a case counts as hung.
    var caseTimeout = 120.0
    /// Seconds after which the whole run stops and fails, whatever is left of the budget (CI's ceiling).
    var timeLimit: Double?
    /// A worker's range: `--worker TARGET FROM TO`.
    var worker: (target: Target, from: Int, to: Int)?
    var report: URL?
    /// One case run in this process: `--case TARGET:INDEX`.
    var single: (target: Target, index: Int)?

    static let usage = """
    sakip-fuzz [--seed N] [--scale N | --cases N] [--jobs N] [--only TARGET,...] [--crashes DIR] [--case-timeout SECONDS] [--time-limit SECONDS]
    sakip-fuzz --case TARGET:INDEX [--seed N]      runs one case in this process (to debug a crash found)
    targets: \(Target.allCases.map(\.rawValue).joined(separator: ", "))
    environment: SAKIP_FUZZ_SEED and SAKIP_FUZZ_SCALE set --seed and --scale
    """

    init(arguments: [String], repository: URL) throws {
        crashes = repository.appendingPathComponent("fuzz/crashes")
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["SAKIP_FUZZ_SEED"] { seed = try Self.number(value, "SAKIP_FUZZ_SEED") }
        if let value = environment["SAKIP_FUZZ_SCALE"] { scale = Int(try Self.number(value, "SAKIP_FUZZ_SCALE")) }
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value\n\(Self.usage)") }
            return next
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--seed": seed = try Self.number(try value(flag), flag)
            case "--scale": scale = Int(try Self.number(try value(flag), flag))
            case "--cases": cases = Int(try Self.number(try value(flag), flag))
            case "--jobs": jobs = max(1, Int(try Self.number(try value(flag), flag)))
            case "--crashes": crashes = URL(fileURLWithPath: try value(flag))
            case "--case-timeout": caseTimeout = Double(try Self.number(try value(flag), flag))
            case "--time-limit": timeLimit = Double(try Self.number(try value(flag), flag))
            case "--only": targets = try value(flag).split(separator: ",").map { try Self.target(String($0)) }
            case "--report": report = URL(fileURLWithPath: try value(flag))
            case "--worker":
                let target = try Self.target(try value(flag))
                worker = (target, Int(try Self.number(try value(flag), flag)), Int(try Self.number(try value(flag), flag)))
            case "--case":
                let parts = try value(flag).split(separator: ":")
                guard parts.count == 2 else { throw UsageError("--case TARGET:INDEX\n\(Self.usage)") }
                single = (try Self.target(String(parts[0])), Int(try Self.number(String(parts[1]), flag)))
            case "--help", "-h": throw UsageError(Self.usage)
            default: throw UsageError("unknown argument \(flag)\n\(Self.usage)")
            }
        }
    }

    private static func number(_ text: String, _ name: String) throws -> UInt64 {
        guard let number = UInt64(text) else { throw UsageError("\(name): \"\(text)\" is not a whole number") }
        return number
    }

    private static func target(_ name: String) throws -> Target {
        guard let target = Target(rawValue: name) else { throw UsageError("unknown target \(name)\n\(usage)") }
        return target
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
