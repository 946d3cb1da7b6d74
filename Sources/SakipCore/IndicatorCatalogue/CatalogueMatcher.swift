import Foundation

/// A catalogue entry suggested for an office's indicator, with how close the wordings are.
public struct CatalogueSuggestion: Hashable, Sendable {
    /// How sure the suggestion is.
    public enum Strength: String, Hashable, Sendable, CaseIterable {
        /// Wordings nearly the same (score ≥ ``CatalogueMatcher/strongScore``): a person can confirm in bulk.
        case strong
        /// Related wordings (score ≥ ``CatalogueMatcher/possibleScore``): a person must look.
        case possible

        /// "kuat", "mungkin".
        public var label: String { self == .strong ? "kuat" : "mungkin" }
    }

    public var code: String
    public var name: String
    /// Weighted word similarity, 0 (nothing shared) to 1 (same words), exact.
    public var score: Decimal
    public var strength: Strength
}

/// Suggests catalogue entries for an office indicator by its wording: words normalised by ``IndicatorText``,
/// weighted by how rare they are in the catalogue (a word every entry has, like "persentase", counts little),
/// and compared softly so that a misspelt word ("memuktahirkan") still counts most of its weight.
///
/// The score is a weighted Dice coefficient over the two word sets: each word counts its weight times the best
/// similarity it finds on the other side (1 for the same word, the character-bigram Dice similarity when that is at
/// least 0,8, else 0), divided by the total weight of both sides. An entry of a different kind scores 85 % of that.
/// Suggestions are only suggestions: nothing is mapped until a person confirms it (``IndicatorMapping``).
public struct CatalogueMatcher: Sendable {
    /// Scores from this value up are strong suggestions.
    public static let strongScore: Decimal = 0.75
    /// Scores below this value are no suggestion at all.
    public static let possibleScore: Decimal = 0.5

    public let catalogue: IndicatorCatalogue
    private let wordings: [(entry: Int, tokens: [String])]
    private let weights: [String: Double]
    private let unknownWeight: Double

    public init(catalogue: IndicatorCatalogue) {
        self.catalogue = catalogue
        var wordings: [(Int, [String])] = []
        var documentFrequency: [String: Int] = [:]
        for (index, entry) in catalogue.entries.enumerated() {
            var seen = Set<String>()
            for wording in entry.wordings {
                let tokens = IndicatorText.tokens(wording)
                wordings.append((index, tokens))
                seen.formUnion(tokens)
            }
            for token in seen { documentFrequency[token, default: 0] += 1 }
        }
        let count = Double(max(catalogue.entries.count, 1))
        self.wordings = wordings
        weights = documentFrequency.mapValues { log(1 + count / Double($0)) }
        unknownWeight = log(1 + count)
    }

    /// Up to `limit` entries whose wording is close to the indicator's, best first; empty when none reaches
    /// ``possibleScore``. Pass the office's name so that "KPU Kota Pagar Alam" inside a wording is not compared.
    public func suggestions(for statement: String, kind: IndicatorKind? = nil, officeName: String? = nil,
                            limit: Int = 3) -> [CatalogueSuggestion] {
        let tokens = IndicatorText.tokens(statement, officeName: officeName)
        guard !tokens.isEmpty else { return [] }
        var best: [Int: Double] = [:]
        for wording in wordings {
            var score = similarity(tokens, wording.tokens)
            if let kind, catalogue.entries[wording.entry].kind != kind { score *= 0.85 }
            best[wording.entry] = max(best[wording.entry] ?? 0, score)
        }
        var scored: [(entry: Int, score: Decimal)] = []
        for (entry, value) in best {
            let score = Self.exact(value)
            if score >= Self.possibleScore { scored.append((entry, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        return scored.prefix(max(limit, 0)).map { match in
            let entry = catalogue.entries[match.entry]
            let strength: CatalogueSuggestion.Strength = match.score >= Self.strongScore ? .strong : .possible
            return CatalogueSuggestion(code: entry.code, name: entry.name, score: match.score, strength: strength)
        }
    }

    /// The best suggestion, if any.
    public func bestSuggestion(for statement: String, kind: IndicatorKind? = nil, officeName: String? = nil) -> CatalogueSuggestion? {
        suggestions(for: statement, kind: kind, officeName: officeName, limit: 1).first
    }

    private func weight(_ token: String) -> Double { weights[token] ?? unknownWeight }

    private func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let gramsA = a.map(Self.bigrams), gramsB = b.map(Self.bigrams)
        var total = 0.0
        var shared = 0.0
        for (index, token) in a.enumerated() {
            total += weight(token)
            shared += weight(token) * Self.bestMatch(token, gramsA[index], in: b, gramsB)
        }
        for (index, token) in b.enumerated() {
            total += weight(token)
            shared += weight(token) * Self.bestMatch(token, gramsB[index], in: a, gramsA)
        }
        return total > 0 ? shared / total : 0
    }

    /// 1 for the same word; the bigram similarity of a close spelling (≥ 0,8); else 0.
    static func bestMatch(_ word: String, _ grams: [UInt64], in others: [String], _ otherGrams: [[UInt64]]) -> Double {
        var best = 0.0
        for (index, other) in others.enumerated() {
            if other == word { return 1 }
            let similarity = dice(grams, otherGrams[index])
            if similarity >= 0.8 { best = max(best, similarity) }
        }
        return best
    }

    /// The Dice similarity of two words' character bigrams (multisets).
    static func bigramDice(_ a: String, _ b: String) -> Double { dice(bigrams(a), bigrams(b)) }

    /// A word's character bigrams, each packed in one integer, sorted.
    static func bigrams(_ word: String) -> [UInt64] {
        let scalars = word.unicodeScalars.map { UInt64($0.value) }
        guard scalars.count > 1 else { return [] }
        return (0..<(scalars.count - 1)).map { scalars[$0] << 32 | scalars[$0 + 1] }.sorted()
    }

    private static func dice(_ x: [UInt64], _ y: [UInt64]) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                common += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(common) / Double(x.count + y.count)
    }

    /// A similarity as an exact decimal of three places, so that scores compare and print the same everywhere.
    static func exact(_ value: Double) -> Decimal {
        Decimal(Int((value * 1000).rounded())) / 1000
    }
}
