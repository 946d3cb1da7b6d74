import Foundation

/// The evaluations of a set of offices for one year (a Provinsi over its Kab/Kota, KPU RI over all): score and
/// predikat per office, the change from last year, the distribution per predikat and the average.
public struct EvaluationRecap: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var current: EvaluationSummary
        public var previous: EvaluationSummary?

        /// This year's score − last year's, when both are scored.
        public var change: Decimal? {
            guard let now = current.score, let before = previous?.score else { return nil }
            return now - before
        }
    }

    /// "KPU Provinsi Sumatera Utara dan KPU Kabupaten/Kota di wilayahnya".
    public var title: String
    public var year: Int
    /// Sorted by score, highest first; offices not yet scored last, by name.
    public var rows: [Row]
    public var scale: PredikatScale

    /// A recap of this year's summaries, each paired with the same office's summary of the year before.
    public init(title: String, year: Int, current: [EvaluationSummary], previous: [EvaluationSummary] = [],
                scale: PredikatScale = .permenPANRB88) {
        self.title = title
        self.year = year
        self.scale = scale
        rows = current.filter { $0.year == year }.map { summary in
            Row(current: summary, previous: previous.first { $0.office.code == summary.office.code && $0.year == year - 1 })
        }.sorted { a, b in
            switch (a.current.score, b.current.score) {
            case let (x?, y?) where x != y: x > y
            case (.some, nil): true
            case (nil, .some): false
            default: a.current.office.name < b.current.office.name
            }
        }
    }

    /// Rows with an evaluator's score.
    public var scored: [Row] { rows.filter { $0.current.score != nil } }

    /// How many offices got each predikat, best first (zero counts included).
    public var distribution: [(predikat: Predikat, count: Int)] {
        Predikat.allCases.map { predikat in (predikat, scored.filter { $0.current.predikat == predikat }.count) }
    }

    /// The mean score of the scored offices, exact.
    public var average: Decimal? { Self.mean(scored.compactMap(\.current.score)) }

    /// The predikat of the average.
    public var averagePredikat: PredikatBand? { average.flatMap { scale.band(for: $0) } }

    /// Last year's mean over the offices scored in both years, and this year's over the same offices.
    public var averageChange: Decimal? {
        let paired = scored.filter { $0.change != nil }
        guard let now = Self.mean(paired.compactMap(\.current.score)),
              let before = Self.mean(paired.compactMap(\.previous?.score)) else { return nil }
        return now - before
    }

    private static func mean(_ values: [Decimal]) -> Decimal? {
        values.isEmpty ? nil : values.reduce(0, +) / Decimal(values.count)
    }
}

extension EvaluationRecap {
    /// A recap straight from evaluation documents of `year` and `year − 1` (mixed in one list), each scored on the
    /// version it was made with; a document whose version the library does not hold is left out and returned.
    public static func build(title: String, year: Int, evaluations: [Evaluation],
                             library: LKELibrary) -> (recap: EvaluationRecap, unresolved: [Evaluation]) {
        var summaries: [EvaluationSummary] = []
        var unresolved: [Evaluation] = []
        for evaluation in evaluations where evaluation.year == year || evaluation.year == year - 1 {
            guard let version = library.version(evaluation.lke) else {
                unresolved.append(evaluation)
                continue
            }
            summaries.append(EvaluationSummary(evaluation, version: version))
        }
        let recap = EvaluationRecap(title: title, year: year, current: summaries.filter { $0.year == year },
                                    previous: summaries.filter { $0.year == year - 1 },
                                    scale: library.version(forYear: year)?.predikatScale ?? .permenPANRB88)
        return (recap, unresolved)
    }
}
