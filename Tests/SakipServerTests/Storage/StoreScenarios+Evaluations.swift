import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// An evaluation is stored per office and year with a version: every change is recorded field by field, a
    /// save over a newer change to the same answer is refused, the summary the recaps read follows the document,
    /// and a second start of the same year is refused.
    static func evaluation_isVersioned_audited_andSummarised(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            let version = LKEVersion.permenPANRB88
            let facts = EvaluationFacts(officeYear: file, asOf: CalendarDate(year: 2025, month: 3, day: 1)!)
            let started = try await store.startEvaluation(Evaluation.start(file, version: version, facts: facts), by: actor("operator"))
            #expect(started.version == 1)
            let again = await #expect(throws: StorageError.self) {
                try await store.startEvaluation(Evaluation.start(file, version: version, facts: facts), by: actor("operator"))
            }
            #expect(again?.kind == .invalid)

            let office = EvaluationActor(name: "operator", role: .officeOperator)
            let leader = EvaluationActor(name: "ketua", role: .officeLeader)
            let first = try await store.changeEvaluation(officeCode: file.office.code, year: 2024, by: actor("operator"), basedOn: 1) { evaluation, lke in
                for criterion in lke.criteria {
                    try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: criterion.id, met: true, mandate: true), by: office, version: lke)
                }
            }
            #expect(first.stored.version == 2)
            #expect(first.changes.contains { $0.path.hasPrefix("selfAssessment[1.a.1]") })
            let clash = await #expect(throws: ChangeConflict.self) {
                try await store.changeEvaluation(officeCode: file.office.code, year: 2024, by: actor("ketua"), basedOn: 1) { evaluation, lke in
                    try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "1.a.1", met: false), by: leader, version: lke)
                }
            }
            #expect(clash?.userName == "operator")
            let submitted = try await store.changeEvaluation(officeCode: file.office.code, year: 2024, by: actor("ketua"), basedOn: 2) { evaluation, lke in
                try evaluation.submit(by: leader, on: CalendarDate(year: 2025, month: 3, day: 2)!, version: lke)
            }
            #expect(submitted.stored.evaluation.state == .submitted)
            let nothing = try await store.changeEvaluation(officeCode: file.office.code, year: 2024, by: actor("ketua")) { _, _ in }
            #expect(nothing.changes.isEmpty && nothing.stored.version == 3)

            let model = try #require(try await store.office(code: file.office.code))
            let summaries = try await store.evaluationSummaries(officeIDs: [try model.requireID()], years: [2024])
            #expect(summaries.map(\.state) == [EvaluationState.submitted.rawValue])
            #expect(summaries.first?.selfScore == "80")
            #expect(summaries.first?.score == nil)
            let trail = try await store.evaluationTrail(officeID: try model.requireID(), year: 2024)
            #expect(trail.contains { $0.field == "state" && $0.before == "officeDrafting" && $0.after == "submitted" })
            for criterion in version.criteria {
                #expect(trail.contains { $0.field.hasPrefix("selfAssessment[\(criterion.id)]") }, "\(criterion.id) is not in the trail")
            }
            #expect(trail.allSatisfy { $0.table == "evaluasi" && $0.row == "2024" })
            let loaded = try #require(try await store.evaluation(officeCode: file.office.code, year: 2024))
            #expect(loaded.version == 3 && loaded.evaluation == submitted.stored.evaluation)
        }
    }
}
