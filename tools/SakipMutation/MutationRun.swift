import Foundation
import SakipCore

/// What the review made of one mutant.
public struct MutantOutcome: Sendable {
    public enum Verdict: String, Sendable {
        /// A finding names the mutated figure's place as the one in error.
        case atPlace
        /// A finding names it as one of the places that may be in error (`alternatives`).
        case amongAlternatives
        /// The reader refused the file with an error at the mutated figure's place.
        case refusedAtPlace
        /// Something was reported, elsewhere only.
        case elsewhere
        /// Nothing new was reported.
        case missed
    }

    public var mutant: Mutant
    public var verdict: Verdict
    /// The codes of the findings at the place (or elsewhere, when none is at it).
    public var codes: [String]

    public var found: Bool { verdict == .atPlace || verdict == .amongAlternatives || verdict == .refusedAtPlace }
}

/// The mutants of one file and what the review made of each.
public struct FileMutationReport: Sendable {
    public var file: String
    public var outcomes: [MutantOutcome]
    /// Error-level findings on the file itself, before any mutation: a corrected file must have none.
    public var baselineErrors: [ReviewFinding]

    public var material: [MutantOutcome] { outcomes.filter(\.mutant.material) }
    public var foundMaterial: Int { material.filter(\.found).count }
}

/// Runs mutation testing on office-year files: each printed figure is changed alone, the file is read and
/// reviewed again, and the mutant counts as found when a finding (or the reader) names its place.
public enum MutationRun {
    /// Mutates every site of a file, or a sample of `sample` mutants chosen with `seed`.
    public static func run(text: String, file: String, seed: UInt64 = 15, sample: Int? = nil) throws -> FileMutationReport {
        let root = try JSONParser.parse(text)
        let year = try OfficeYearReader.read(text).officeYear
        let baseline = year.review()
        let baselineKeys = Set(baseline.findings.map(key))
        var random = SeededRandom(seed: seed)
        var mutants = MutationSites.all(in: root, year: year).flatMap { MutantMaker.mutants(of: $0, random: &random) }
        if let sample, sample < mutants.count {
            var chosen: [Mutant] = []
            var pool = mutants
            for _ in 0..<sample { chosen.append(pool.remove(at: random.next(below: pool.count))) }
            mutants = chosen.sorted { $0.site.path < $1.site.path }
        }
        let outcomes = mutants.map { mutant in outcome(of: mutant, root: root, baseline: baselineKeys) }
        return FileMutationReport(file: file, outcomes: outcomes, baselineErrors: baseline.findings(.error))
    }

    static func outcome(of mutant: Mutant, root: JSONValue, baseline: Set<String>) -> MutantOutcome {
        let text = JSONWriter.write(root.replacing(at: mutant.site.path, with: mutant.value))
        let report: ReviewReport
        do {
            report = try OfficeYearReader.read(text).officeYear.review()
        } catch {
            let here = error.issues.contains { $0.path == mutant.site.path || $0.path.hasPrefix(mutant.site.path + ".") }
            return MutantOutcome(mutant: mutant, verdict: here ? .refusedAtPlace : .elsewhere, codes: ["reader"])
        }
        let new = report.findings.filter { !baseline.contains(key($0)) }
        let atPlace = new.filter { $0.place.path == mutant.site.path }
        if !atPlace.isEmpty { return MutantOutcome(mutant: mutant, verdict: .atPlace, codes: atPlace.map(\.code)) }
        let alternative = new.filter { $0.alternatives.contains { $0.place.path == mutant.site.path } }
        if !alternative.isEmpty { return MutantOutcome(mutant: mutant, verdict: .amongAlternatives, codes: alternative.map(\.code)) }
        return MutantOutcome(mutant: mutant, verdict: new.isEmpty ? .missed : .elsewhere, codes: new.map(\.code))
    }

    /// A finding's identity across runs: its code, place and values.
    static func key(_ finding: ReviewFinding) -> String {
        "\(finding.code)|\(finding.place.path ?? "")|\(finding.expected ?? "")|\(finding.found ?? "")"
    }
}

extension JSONValue {
    /// The value with the member at a path (`$.a.b[2].c`) replaced.
    func replacing(at path: String, with replacement: JSONValue) -> JSONValue {
        replacing(Self.steps(path)[...], with: replacement)
    }

    private enum Step { case key(String), index(Int) }

    private static func steps(_ path: String) -> [Step] {
        var out: [Step] = []
        var rest = Substring(path.hasPrefix("$") ? String(path.dropFirst()) : path)
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let name = rest.prefix { $0 != "." && $0 != "[" }
                out.append(.key(String(name)))
                rest = rest.dropFirst(name.count)
            } else if first == "[" {
                let digits = rest.dropFirst().prefix { $0 != "]" }
                out.append(.index(Int(digits) ?? 0))
                rest = rest.dropFirst(digits.count + 2)
            } else {
                break
            }
        }
        return out
    }

    private func replacing(_ steps: ArraySlice<Step>, with replacement: JSONValue) -> JSONValue {
        guard let step = steps.first else { return replacement }
        switch (step, self) {
        case (.key(let name), .object(let pairs)):
            return .object(pairs.map { pair in
                pair.key == name ? (pair.key, pair.value.replacing(steps.dropFirst(), with: replacement)) : pair
            })
        case (.index(let index), .array(let items)) where items.indices.contains(index):
            var changed = items
            changed[index] = items[index].replacing(steps.dropFirst(), with: replacement)
            return .array(changed)
        default:
            return self
        }
    }
}
