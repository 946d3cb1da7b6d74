/// One office's SAKIP evaluation for one performance year: the evaluation document the server stores as JSON
/// (docs/evaluation-format.md). It holds the LKE version it was made with, the self-assessment, the evaluator's
/// scoring, the LHE's content and recommendations with their follow-up, and its history.
public struct Evaluation: Hashable, Sendable {
    /// The file format's name and the version this library reads and writes.
    public static let formatName = "sakip-evaluation"
    public static let formatVersion = 1

    /// The performance year evaluated (tahun kinerja).
    public var year: Int
    public var office: EvaluatedOffice
    public var lke: LKEVersionReference
    public var state: EvaluationState
    /// The office's penilaian mandiri.
    public var selfAssessment: LKEAnswers
    public var scoring: EvaluatorScoring
    public var lhe: LHEContent
    public var recommendations: [Recommendation]
    public var history: [EvaluationEvent]

    public init(year: Int, office: EvaluatedOffice, lke: LKEVersionReference, state: EvaluationState = .officeDrafting,
                selfAssessment: LKEAnswers = LKEAnswers(), scoring: EvaluatorScoring = EvaluatorScoring(),
                lhe: LHEContent = LHEContent(), recommendations: [Recommendation] = [], history: [EvaluationEvent] = []) {
        self.year = year
        self.office = office
        self.lke = lke
        self.state = state
        self.selfAssessment = selfAssessment
        self.scoring = scoring
        self.lhe = lhe
        self.recommendations = recommendations
        self.history = history
    }

    /// A new evaluation of an office-year on a version, its self-assessment prefilled with what the data suggest.
    public static func start(_ officeYear: OfficeYear, version: LKEVersion, facts: EvaluationFacts) -> Evaluation {
        Evaluation(year: officeYear.year, office: EvaluatedOffice(officeYear.office), lke: version.reference,
                   selfAssessment: LKEAnswers().applying(AnswerSuggestions.suggest(version, facts: facts)))
    }

    /// The office's scorecard.
    public func selfScorecard(_ version: LKEVersion) -> Scorecard {
        Scorecard(version: version, answers: selfAssessment)
    }

    /// The evaluator's scorecard, with its overrides.
    public func evaluatorScorecard(_ version: LKEVersion) -> Scorecard {
        Scorecard(version: version, answers: scoring.answers, overrides: scoring.overrides)
    }

    /// The evaluator's scorecard once the scoring is closed (scored, or the LHE issued); nil before, when the
    /// scores are not final.
    public func closedScorecard(_ version: LKEVersion) -> Scorecard? {
        state >= .scored ? evaluatorScorecard(version) : nil
    }

    /// The recommendation with an id.
    public func recommendation(_ id: String) -> Recommendation? { recommendations.first { $0.id == id } }
}
