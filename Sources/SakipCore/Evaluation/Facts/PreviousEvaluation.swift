import Foundation

/// Last year's evaluation as this year's needs it: its scores for the LHE's comparison column, its LHE and
/// recommendations for criterion 4.c.1, and the criteria its evaluator found met (suggesting "kept ≥ 1 year").
public struct PreviousEvaluation: Hashable, Sendable {
    public var year: Int
    /// The evaluator's total, when last year's evaluation was scored.
    public var total: Decimal?
    public var predikat: Predikat?
    /// The evaluator's score per component id.
    public var componentScores: [String: Decimal]
    public var lheNumber: String?
    public var lheDate: CalendarDate?
    public var recommendations: [Recommendation]
    /// Criteria the evaluator answered "ada".
    public var metCriteria: Set<String>

    public init(year: Int, total: Decimal? = nil, predikat: Predikat? = nil, componentScores: [String: Decimal] = [:],
                lheNumber: String? = nil, lheDate: CalendarDate? = nil, recommendations: [Recommendation] = [],
                metCriteria: Set<String> = []) {
        self.year = year
        self.total = total
        self.predikat = predikat
        self.componentScores = componentScores
        self.lheNumber = lheNumber
        self.lheDate = lheDate
        self.recommendations = recommendations
        self.metCriteria = metCriteria
    }

    /// Distils last year's evaluation document, scored on the version it was made with.
    public init(_ evaluation: Evaluation, version: LKEVersion) {
        let card = evaluation.closedScorecard(version)
        self.init(year: evaluation.year, total: card?.total, predikat: card?.predikat?.predikat,
                  componentScores: Dictionary(uniqueKeysWithValues: (card?.components ?? []).map { ($0.component.id, $0.score) }),
                  lheNumber: evaluation.lhe.number, lheDate: evaluation.lhe.date, recommendations: evaluation.recommendations,
                  metCriteria: card == nil ? [] : Set(evaluation.scoring.answers.list.filter { $0.met == true }.map(\.criterionId)))
    }

    /// "LHE 2023 Nomor 12/PW.01/2024 tanggal 5 Agustus 2024".
    public var lheLabel: String {
        var text = "LHE \(year)"
        if let lheNumber { text += " Nomor \(lheNumber)" }
        if let lheDate { text += " tanggal \(IndonesianDate.format(lheDate))" }
        return text
    }
}
