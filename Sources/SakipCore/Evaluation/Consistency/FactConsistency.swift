/// The consistency rules that compare answers with what the product knows (LKE.md §3.3 items 3 and 4): the
/// criteria are found by their suggestion rule, so a reworded LKE keeps them.
enum FactConsistency {
    static func warnings(_ version: LKEVersion, answers: LKEAnswers, facts: EvaluationFacts?) -> [ConsistencyWarning] {
        version.criteria.compactMap { criterion in
            guard let rule = criterion.suggestion, let answer = answers[criterion.id], answer.met == true else { return nil }
            switch rule {
            case .lkjReviewed:
                guard facts?.lkj.submission?.reviewedOn == nil, answer.evidence.isEmpty else { return nil }
                return ConsistencyWarning(code: .reviewWithoutReport, subject: criterion.id,
                                          message: "Kriteria \(criterion.id) menyatakan LKj telah direviu, tetapi tanggal reviu tidak tercatat dan tidak ada Laporan Hasil Reviu yang dilampirkan.")
            case .lkjOnTime:
                guard let facts, let verdict = rule.verdict(on: facts), !verdict.met else { return nil }
                return ConsistencyWarning(code: .lateReport, subject: criterion.id,
                                          message: "Kriteria \(criterion.id) menyatakan LKj disampaikan tepat waktu, padahal: \(verdict.reason)")
            case .previousFollowUpComplete:
                guard let facts, let verdict = rule.verdict(on: facts), !verdict.met else { return nil }
                return ConsistencyWarning(code: .followUpIncomplete, subject: criterion.id,
                                          message: "Kriteria \(criterion.id) menyatakan seluruh rekomendasi telah ditindaklanjuti, padahal: \(verdict.reason)")
            default:
                return nil
            }
        }
    }
}
