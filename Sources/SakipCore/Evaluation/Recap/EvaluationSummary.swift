import Foundation

/// One evaluation in a line: office, year, state, the office's and the evaluator's totals and the predikat. The
/// server may keep it as a summary row; recaps read it.
public struct EvaluationSummary: Hashable, Sendable {
    public var office: EvaluatedOffice
    public var year: Int
    public var state: EvaluationState
    public var selfScore: Decimal?
    /// The evaluator's total, once the scoring is closed.
    public var score: Decimal?
    public var predikat: Predikat?

    public init(office: EvaluatedOffice, year: Int, state: EvaluationState, selfScore: Decimal? = nil,
                score: Decimal? = nil, predikat: Predikat? = nil) {
        self.office = office
        self.year = year
        self.state = state
        self.selfScore = selfScore
        self.score = score
        self.predikat = predikat
    }

    /// The summary of an evaluation on the version it was made with.
    public init(_ evaluation: Evaluation, version: LKEVersion) {
        let card = evaluation.closedScorecard(version)
        self.init(office: evaluation.office, year: evaluation.year, state: evaluation.state,
                  selfScore: evaluation.state >= .submitted ? evaluation.selfScorecard(version).total : nil,
                  score: card?.total, predikat: card?.predikat?.predikat)
    }
}
