import Foundation
import Testing
@testable import SakipCore

@Suite struct EvaluationPolicyTests {
    @Test func office_editsUntilItsLeaderSubmits() {
        #expect(EvaluationPolicy.actions(for: .officeOperator, in: .officeDrafting) == [.read, .editSelfAssessment])
        #expect(EvaluationPolicy.actions(for: .officeLeader, in: .officeDrafting) == [.read, .editSelfAssessment, .submitSelfAssessment])
        #expect(EvaluationPolicy.actions(for: .officeOperator, in: .submitted) == [.read])
        #expect(!EvaluationPolicy.allows(.evaluator, .editSelfAssessment, in: .officeDrafting))
    }

    @Test func onlyTheEvaluator_scoresWritesAndIssuesTheLHE() {
        #expect(EvaluationPolicy.actions(for: .evaluator, in: .submitted) == [.read, .returnToOffice, .editScoring, .completeScoring, .editLHE])
        #expect(EvaluationPolicy.actions(for: .evaluator, in: .scored) == [.read, .reopenScoring, .editLHE, .issueLHE])
        for role in [EvaluationRole.officeOperator, .officeLeader, .observer] {
            for state in EvaluationState.allCases {
                #expect(!EvaluationPolicy.allows(role, .editScoring, in: state))
                #expect(!EvaluationPolicy.allows(role, .issueLHE, in: state))
            }
        }
    }

    @Test func afterTheLHE_theOfficeRecordsAndTheEvaluatorVerifies() {
        #expect(EvaluationPolicy.actions(for: .officeOperator, in: .lheIssued) == [.read, .recordFollowUp])
        #expect(EvaluationPolicy.actions(for: .evaluator, in: .lheIssued) == [.read, .verifyFollowUp])
        #expect(EvaluationPolicy.actions(for: .observer, in: .lheIssued) == [.read])
    }

    @Test func scoring_isHiddenFromTheOfficeUntilTheLHE_andTheDraftFromTheEvaluator() {
        #expect(!EvaluationPolicy.seesScoring(.officeLeader, in: .scored))
        #expect(EvaluationPolicy.seesScoring(.officeLeader, in: .lheIssued))
        #expect(!EvaluationPolicy.seesSelfAssessment(.evaluator, in: .officeDrafting))
        #expect(EvaluationPolicy.seesSelfAssessment(.evaluator, in: .submitted))
    }

    @Test func role_isResolvedFromTheAccountAndTheOfficeChain() {
        let chain = ["654293", "kpu-ri"]
        #expect(EvaluationRole.resolve(kind: .staff, userOffice: "655921", evaluatedOffice: "655921", ancestors: chain) == .officeOperator)
        #expect(EvaluationRole.resolve(kind: .leader, userOffice: "655921", evaluatedOffice: "655921", ancestors: chain) == .officeLeader)
        #expect(EvaluationRole.resolve(kind: .evaluator, userOffice: "654293", evaluatedOffice: "655921", ancestors: chain) == .evaluator)
        #expect(EvaluationRole.resolve(kind: .evaluator, userOffice: "kpu-ri", evaluatedOffice: "655921", ancestors: chain) == .evaluator)
        #expect(EvaluationRole.resolve(kind: .evaluator, userOffice: "654293", evaluatedOffice: "654293", ancestors: ["kpu-ri"]) == .observer)
        #expect(EvaluationRole.resolve(kind: .staff, userOffice: "656024", evaluatedOffice: "655921", ancestors: chain) == nil)
        #expect(EvaluationRole.resolve(kind: .reader, userOffice: "kpu-ri", evaluatedOffice: "655921", ancestors: chain) == .observer)
    }
}

@Suite struct EvaluationWorkflowTests {
    let version = LKEVersion.permenPANRB88
    let operatorUser = EvaluationActor(name: "operator.asahan", role: .officeOperator)
    let leader = EvaluationActor(name: "ketua.asahan", role: .officeLeader)
    let evaluator = EvaluationActor(name: "evaluator.sumut", role: .evaluator)
    let day = LKEFixture.day("2025-03-01")

    var fresh: Evaluation {
        Evaluation(year: 2024, office: EvaluatedOffice(code: "655921", name: "KPU Kabupaten Asahan", level: .kabupatenKota,
                                                       parentCode: "654293", parentName: "KPU Provinsi Sumatera Utara"),
                   lke: version.reference)
    }

    func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as EvaluationWorkflowError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func submission_needsEveryCriterionAnswered_andTheLeader() throws {
        var evaluation = fresh
        #expect(message { try evaluation.submit(by: operatorUser, on: day, version: version) }
                == "Operator kantor tidak dapat mengajukan penilaian mandiri pada tahap \"Penilaian mandiri disusun\".")
        try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "1.a.1", met: true), by: operatorUser, version: version)
        #expect(message { try evaluation.submit(by: leader, on: day, version: version) }?
            .hasPrefix("Penilaian mandiri belum dapat diajukan: 79 kriteria belum dijawab ada/tidak (1.a.2, 1.a.3,") == true)
        evaluation.selfAssessment = LKEFixture.allMet()
        try evaluation.submit(by: leader, on: day, version: version)
        #expect(evaluation.state == .submitted)
        #expect(evaluation.scoring.answers == evaluation.selfAssessment)
        #expect(evaluation.history.last == EvaluationEvent(action: .submitSelfAssessment, by: "ketua.asahan", role: .officeLeader, on: day))
        #expect(message { try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "1.a.1", met: false), by: operatorUser, version: version) } != nil)
    }

    @Test func unknownCriterionAndOtherVersion_areRefused() {
        var evaluation = fresh
        #expect(message { try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "9.z.1", met: true), by: operatorUser, version: version) }
                == "Kriteria 9.z.1 tidak ada dalam LKE permenpanrb-88-2021.")
        var other = version
        other.components[0].title = "Perencanaan"
        #expect(message { try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "1.a.1", met: true), by: operatorUser, version: other) }?
            .hasPrefix("Evaluasi ini dibuat dengan LKE permenpanrb-88-2021 versi lain") == true)
    }

    @Test func evaluator_returnsWithANote_andTheOfficeCanEditAgain() throws {
        var evaluation = fresh
        evaluation.selfAssessment = LKEFixture.allMet()
        try evaluation.submit(by: leader, on: day, version: version)
        #expect(message { try evaluation.returnToOffice(by: evaluator, on: day, note: " ") } == "Tuliskan alasan pengembalian penilaian mandiri kepada kantor.")
        try evaluation.returnToOffice(by: evaluator, on: day, note: "Lampirkan bukti 3.a.4")
        #expect(evaluation.state == .officeDrafting)
        #expect(evaluation.history.last?.note == "Lampirkan bukti 3.a.4")
        try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "3.a.4", met: true, mandate: true,
                                                            evidence: [.text("LHR Inspektorat 12 Februari 2025")]),
                                            by: operatorUser, version: version)
    }

    @Test func override_needsAJustification_andClosingNeedsEveryWarningHandled() throws {
        var evaluation = fresh
        evaluation.selfAssessment = LKEFixture.allMet()
        try evaluation.submit(by: leader, on: day, version: version)
        #expect(message { try evaluation.overrideRating(RatingOverride(subComponentId: "1.c", rating: .a, justification: "  "), by: evaluator, version: version) }
                == "Tuliskan alasan perubahan nilai sub-komponen 1.c menjadi A.")
        try evaluation.overrideRating(RatingOverride(subComponentId: "1.c", rating: .a, justification: "Monitoring RAK mingguan patut diapresiasi"),
                                      by: evaluator, version: version)
        // 1.c (A) now stands above 1.b (BB); and 3.a.4 has no review report.
        #expect(message { try evaluation.completeScoring(by: evaluator, on: day, version: version) }
                == "Masih ada 2 peringatan konsistensi yang belum diperbaiki atau diberi catatan (LKE-PEMANFAATAN-KUALITAS 1, LKE-REVIU-TANPA-LHR 3.a.4).")
        #expect(message { try evaluation.overrideWarning(WarningOverride(code: .pemanfaatanAboveKualitas, subject: "1", note: ""), by: evaluator) } != nil)
        try evaluation.overrideWarning(WarningOverride(code: .pemanfaatanAboveKualitas, subject: "1", note: "Apresiasi atas pemantauan RAK"), by: evaluator)
        try evaluation.answerAsEvaluator(CriterionAnswer(criterionId: "3.a.4", met: false), by: evaluator, version: version)
        try evaluation.completeScoring(by: evaluator, on: day, version: version)
        #expect(evaluation.state == .scored)
        let card = evaluation.evaluatorScorecard(version)
        #expect(card.subComponent("1.c")?.rating == .a)
        #expect(card.subComponent("3.a")?.rating == .b)
    }

    @Test func issuingTheLHE_needsItsNumberDateAndSignatory() throws {
        var evaluation = fresh
        evaluation.selfAssessment = LKEFixture.allMet()
        evaluation.state = .scored
        #expect(message { try evaluation.issueLHE(by: evaluator, on: day) } == "LHE belum dapat diterbitkan: nomor LHE, tanggal LHE dan penanda tangan LHE belum diisi.")
        try evaluation.updateLHE(LHEContent(number: "45/PW.01/2025", date: day,
                                            signatory: .init(name: "Inspektur", position: "Inspektur Wilayah I")), by: evaluator)
        try evaluation.issueLHE(by: evaluator, on: day)
        #expect(evaluation.state == .lheIssued)
        #expect(evaluation.history.last?.note == "45/PW.01/2025")
        #expect(message { try evaluation.updateLHE(LHEContent(), by: evaluator) } != nil)
    }
}

@Suite struct FollowUpTests {
    let version = LKEVersion.permenPANRB88
    let office = EvaluationActor(name: "operator.asahan", role: .officeOperator)
    let evaluator = EvaluationActor(name: "evaluator.sumut", role: .evaluator)

    func issued() throws -> Evaluation {
        var evaluation = Evaluation(year: 2024, office: EvaluatedOffice(code: "655921", name: "KPU Kabupaten Asahan", level: .kabupatenKota),
                                    lke: version.reference, state: .scored)
        try evaluation.setRecommendation(LKEFixture.recommendation("R1", target: "2025-10-31"), by: evaluator, version: version)
        try evaluation.setRecommendation(LKEFixture.recommendation("R2", component: "3", target: "2025-09-30"), by: evaluator, version: version)
        evaluation.state = .lheIssued
        return evaluation
    }

    @Test func recommendation_movesFromOpenToDone_throughTheEvaluatorsVerification() throws {
        var evaluation = try issued()
        #expect(evaluation.recommendation("R1")?.state == .open)
        try evaluation.recordFollowUp(FollowUpAction(id: "A1", date: LKEFixture.day("2025-09-01"), description: "Rapat penyusunan RAK"),
                                      on: "R1", by: office, date: LKEFixture.day("2025-09-01"))
        #expect(evaluation.recommendation("R1")?.state == .inProgress)
        try evaluation.recordFollowUp(FollowUpAction(id: "A2", date: LKEFixture.day("2025-09-20"), description: "RAK 2025 ditetapkan", completes: true,
                                                     evidence: [.link(url: "https://contoh/rak-2025.pdf", title: "RAK 2025")]),
                                      on: "R1", by: office, date: LKEFixture.day("2025-09-20"))
        #expect(evaluation.recommendation("R1")?.state == .awaitingVerification)
        #expect(evaluation.recommendation("R1")?.actions.last?.recordedBy == "operator.asahan")
        try evaluation.verifyFollowUp("A2", on: "R1", verdict: .accepted, note: nil, by: evaluator, date: LKEFixture.day("2025-09-25"))
        #expect(evaluation.recommendation("R1")?.state == .done)
        #expect(evaluation.history.last?.note == "R1/A2: Diterima")
    }

    @Test func rejection_needsANote_andKeepsTheRecommendationOpen() throws {
        var evaluation = try issued()
        try evaluation.recordFollowUp(FollowUpAction(id: "A1", date: LKEFixture.day("2025-09-01"), description: "LKj diunggah", completes: true),
                                      on: "R2", by: office, date: LKEFixture.day("2025-09-01"))
        do {
            try evaluation.verifyFollowUp("A1", on: "R2", verdict: .rejected, note: nil, by: evaluator, date: LKEFixture.day("2025-09-02"))
            Issue.record("a rejection without a note must be refused")
        } catch {
            #expect(error.message == "Tuliskan alasan penolakan tindak lanjut A1 agar kantor dapat melengkapinya.")
        }
        try evaluation.verifyFollowUp("A1", on: "R2", verdict: .rejected, note: "Tautan publikasi belum ada", by: evaluator, date: LKEFixture.day("2025-09-02"))
        #expect(evaluation.recommendation("R2")?.state == .inProgress)
    }

    @Test func overdue_isJudgedOnTheGivenDay() throws {
        let evaluation = try issued()
        let status = FollowUpStatus(evaluation.recommendations, on: LKEFixture.day("2025-10-15"))
        #expect(status.overdue.map(\.id) == ["R2"])
        #expect(FollowUpStatus(evaluation.recommendations, on: LKEFixture.day("2025-09-30")).overdue.isEmpty)
        #expect(FollowUpStatus(evaluation.recommendations, on: LKEFixture.day("2025-11-01")).overdue.map(\.id) == ["R1", "R2"])
        #expect(!status.isComplete)
    }

    @Test func onlyTheOfficeRecords_andOnlyTheEvaluatorVerifies() throws {
        var evaluation = try issued()
        let action = FollowUpAction(id: "A1", date: LKEFixture.day("2025-09-01"), description: "x", completes: true)
        #expect(throws: EvaluationWorkflowError.self) { try evaluation.recordFollowUp(action, on: "R1", by: evaluator, date: LKEFixture.day("2025-09-01")) }
        try evaluation.recordFollowUp(action, on: "R1", by: office, date: LKEFixture.day("2025-09-01"))
        #expect(throws: EvaluationWorkflowError.self) {
            try evaluation.verifyFollowUp("A1", on: "R1", verdict: .accepted, note: nil, by: office, date: LKEFixture.day("2025-09-02"))
        }
    }

    @Test func thisYearsFollowUp_feedsNextYearsCriterion4c1() throws {
        var evaluation = try issued()
        for id in ["R1", "R2"] {
            try evaluation.recordFollowUp(FollowUpAction(id: "A1", date: LKEFixture.day("2025-09-01"), description: "Selesai", completes: true),
                                          on: id, by: office, date: LKEFixture.day("2025-09-01"))
            try evaluation.verifyFollowUp("A1", on: id, verdict: .accepted, note: nil, by: evaluator, date: LKEFixture.day("2025-09-05"))
        }
        var facts = LKEFixture.emptyFacts(year: 2025, asOf: "2026-08-01")
        facts.previous = PreviousEvaluation(evaluation, version: version)
        let suggestion = AnswerSuggestions.suggest(version, facts: facts).first { $0.criterionId == "4.c.1" }
        #expect(suggestion?.met == true)
        #expect(suggestion?.reason == "Seluruh 2 rekomendasi LHE 2024 telah ditindaklanjuti dan diverifikasi evaluator.")
    }
}
