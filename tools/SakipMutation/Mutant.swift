import Foundation
import SakipCore

/// One wrong printed figure: a site with its value changed as a typo would change it.
public struct Mutant: Hashable, Sendable {
    /// How the figure was changed.
    public enum Operator: String, Sendable {
        /// One digit replaced by the next one ("66,13" → "66,23").
        case digit
        /// Two neighbouring digits swapped ("66,13" → "66,31").
        case swap
        /// A digit typed twice ("95" → "995").
        case doubled
        /// A year or count off by one.
        case offByOne
        /// Another category label, another grade.
        case label
    }

    public var site: MutationSite
    public var value: JSONValue
    public var op: Operator
    /// True when the change goes beyond rounding: any change of an amount, count or year; for a percentage,
    /// more than one unit of its last printed digit; any change of a label; text that no longer reads.
    public var material: Bool

    /// "66,13 %" → "66,31 %".
    public var change: String { "\(Self.shown(site.original)) → \(Self.shown(value))" }

    static func shown(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .number(let literal): literal
        default: "\(value)"
        }
    }
}

/// Makes the mutants of a site, deterministically from a seed.
public enum MutantMaker {
    static let categoryLabels = CategoryScale.kpuDefault.bands.map(\.label)

    public static func mutants(of site: MutationSite, random: inout SeededRandom) -> [Mutant] {
        switch site.original {
        case .number(let literal):
            return numberMutants(site, literal, &random)
        case .string(let text):
            if let label = categoryLabels.firstIndex(where: { $0.lowercased() == text.trimmingCharacters(in: .whitespaces).lowercased() }) {
                let other = categoryLabels[(label + 1) % categoryLabels.count]
                return [Mutant(site: site, value: .string(other), op: .label, material: true)]
            }
            if let scale = GradeScale.containing(text.trimmingCharacters(in: .whitespaces)),
               let rank = scale.rank(of: text.trimmingCharacters(in: .whitespaces)) {
                let grades = scale.grades
                let index = grades.count - rank
                let other = grades[index == 0 ? 1 : index - 1]
                return [Mutant(site: site, value: .string(other), op: .label, material: true)]
            }
            return textMutants(site, text, &random)
        default:
            return []
        }
    }

    private static func numberMutants(_ site: MutationSite, _ literal: String, _ random: inout SeededRandom) -> [Mutant] {
        guard literal.allSatisfy(\.isMutationDigit) else { return [] }
        // A JSON number cannot start with 0: such a typo cannot be stored as a number, so it is not made.
        var out = digitMutants(literal, &random).filter { $0.text == "0" || $0.text.first != "0" }
            .map { Mutant(site: site, value: .number($0.text), op: $0.op, material: isMaterial(site, literal, $0.text)) }
        if site.kind == .year || site.kind == .count, let number = Int(literal) {
            out.append(Mutant(site: site, value: .number("\(number + 1)"), op: .offByOne, material: true))
        }
        return uniqueChanges(out)
    }

    private static func textMutants(_ site: MutationSite, _ text: String, _ random: inout SeededRandom) -> [Mutant] {
        let digits = text.filter(\.isMutationDigit)
        guard !digits.isEmpty else { return [] }
        return uniqueChanges(digitMutants(text, &random).map { candidate in
            Mutant(site: site, value: .string(candidate.text), op: candidate.op, material: isMaterial(site, text, candidate.text))
        })
    }

    /// Whether a change is material for its site: beyond rounding for a percentage; for an amount that only a
    /// rounded persen checks, beyond that persen's rounding; any change otherwise.
    static func isMaterial(_ site: MutationSite, _ original: String, _ mutated: String) -> Bool {
        guard let witness = site.roundedWitness else { return isMaterial(original: original, mutated: mutated, kind: site.kind) }
        guard let amount = try? IndonesianNumber.parseMoney(mutated) else { return true }
        let pagu = site.path.hasSuffix(".pagu") ? amount : witness.pagu
        let realisasi = site.path.hasSuffix(".realisasi") ? amount : witness.realisasi
        guard pagu != 0, let printed = PrintedFigure.percent(witness.persen) else { return true }
        // Within one unit of the persen's last printed digit the change hides in its rounding.
        let exact = realisasi / pagu * 100
        var unit = Decimal(1)
        for _ in 0..<PrintedFigure.fractionDigits(witness.persen) { unit /= 10 }
        return (printed > exact ? printed - exact : exact - printed) >= unit
    }

    /// The digit typos of a text: the next digit at a random place, two neighbouring different digits swapped,
    /// and a digit of the whole part typed twice.
    static func digitMutants(_ text: String, _ random: inout SeededRandom) -> [(text: String, op: Mutant.Operator)] {
        let characters = Array(text)
        let positions = characters.indices.filter { characters[$0].isMutationDigit }
        guard !positions.isEmpty else { return [] }
        var out: [(String, Mutant.Operator)] = []
        var changed = characters
        let at = positions[random.next(below: positions.count)]
        let digit = characters[at].wholeNumberValue!
        var next = (digit + 1) % 10
        if next == 0, at == positions.first, positions.count > 1 { next = 1 }
        changed[at] = Character("\(next)")
        out.append((String(changed), .digit))
        let swappable = zip(positions, positions.dropFirst()).filter { $1 == $0 + 1 && characters[$0] != characters[$1] }
        if !swappable.isEmpty {
            let (a, b) = swappable[random.next(below: swappable.count)]
            var swapped = characters
            swapped.swapAt(a, b)
            out.append((String(swapped), .swap))
        }
        // The first digit typed twice.
        let whole = positions.prefix { position in !characters[..<position].contains(where: { $0 == "," }) }
        if let first = whole.first {
            var doubled = characters
            doubled.insert(characters[first], at: first)
            out.append((String(doubled), .doubled))
        }
        return out
    }

    /// Whether a changed text changes its figure beyond rounding. Amounts, counts and years change by whole
    /// units, so any change is material; a percentage must move by more than one unit of its last printed
    /// digit. Text that no longer reads is material: the figure is lost.
    static func isMaterial(original: String, mutated: String, kind: MutationSite.Kind) -> Bool {
        guard original != mutated else { return false }
        switch kind {
        case .persen, .capaian, .target:
            guard let before = PrintedFigure.percent(original) else { return true }
            guard let after = PrintedFigure.percent(mutated) else { return true }
            var unit = Decimal(1)
            for _ in 0..<PrintedFigure.fractionDigits(original) { unit /= 10 }
            let gap = after > before ? after - before : before - after
            return gap > unit
        default:
            return true
        }
    }

    private static func uniqueChanges(_ mutants: [Mutant]) -> [Mutant] {
        var seen = Set<JSONValue>()
        return mutants.filter { $0.value != $0.site.original && seen.insert($0.value).inserted }
    }
}

/// A small deterministic generator (SplitMix64), so that a seed gives the same mutants on every machine.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    public mutating func next(below bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }
}

extension Character {
    /// 0 to 9 only (not other scripts' digits).
    var isMutationDigit: Bool { ("0"..."9").contains(self) }
}
