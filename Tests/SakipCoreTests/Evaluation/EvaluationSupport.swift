import Foundation
@testable import SakipCore

/// Answers and dates for evaluation tests.
enum LKEFixture {
    static let version = LKEVersion.permenPANRB88

    /// A day, for expectations.
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Answers that make a sub-component derive `rating`: AA/A/BB by the flags on every criterion, B by every
    /// criterion met without the mandate flag, CC/C/D by the smallest count above the band's lower limit, E by none.
    static func answers(for sub: LKESubComponent, rating: LKERating) -> [CriterionAnswer] {
        let n = sub.criteria.count
        let metCount: Int
        switch rating {
        case .aa, .a, .bb, .b: metCount = n
        case .cc: metCount = n * 50 / 100 + 1
        case .c: metCount = n * 25 / 100 + 1
        case .d: metCount = 1
        case .e: metCount = 0
        }
        return sub.criteria.enumerated().map { index, criterion in
            let met = index < metCount
            return CriterionAnswer(criterionId: criterion.id, met: met,
                                   mandate: met && [.aa, .a, .bb].contains(rating),
                                   keptOneYear: met && [.aa, .a].contains(rating),
                                   keptFiveYears: met && rating == .aa)
        }
    }

    /// Answers deriving the given rating for each sub-component id (others left unanswered).
    static func answers(_ ratings: [String: LKERating], version: LKEVersion = version) -> LKEAnswers {
        LKEAnswers(version.subComponents.flatMap { sub in ratings[sub.id].map { answers(for: sub, rating: $0) } ?? [] })
    }

    /// LKE.md §2.4: components 1 and 2 as in the MA worksheet, 3 and 4 chosen to score 11,25 and 17,5.
    static let workedExample: [String: LKERating] = [
        "1.a": .a, "1.b": .bb, "1.c": .bb, "2.a": .bb, "2.b": .bb, "2.c": .a,
        "3.a": .bb, "3.b": .bb, "3.c": .b, "4.a": .bb, "4.b": .bb, "4.c": .cc,
    ]

    /// Every criterion met per the national mandate: a clean scoring.
    static func allMet(version: LKEVersion = version) -> LKEAnswers {
        answers(Dictionary(uniqueKeysWithValues: version.subComponents.map { ($0.id, LKERating.bb) }), version: version)
    }

    /// Facts with nothing known beyond the year: no data at all.
    static func emptyFacts(year: Int = 2024, asOf: String = "2025-08-01") -> EvaluationFacts {
        EvaluationFacts(year: year, officeName: "KPU Kota Contoh", report: .init(), asOf: day(asOf))
    }

    /// A recommendation with one completing action, verified or not.
    static func recommendation(_ id: String, component: String = "1", target: String = "2025-06-30",
                               verdict: FollowUpVerification.Verdict? = nil) -> Recommendation {
        let actions = verdict.map { verdict in
            [FollowUpAction(id: "\(id)-1", date: day("2025-03-01"), description: "Menyusun RAK seluruh indikator", completes: true,
                            verification: FollowUpVerification(verdict: verdict, note: verdict == .rejected ? "Bukti belum lengkap" : nil,
                                                               by: "Evaluator", on: day("2025-03-10")))]
        } ?? []
        return Recommendation(id: id, componentId: component, text: "Agar menyusun Rencana Aksi Kinerja",
                              personInCharge: "Sekretaris", targetDate: day(target), actions: actions)
    }
}
