import Foundation
import Testing
@testable import SakipCore

/// LKE.md §3: each consistency rule fires on a case built for it and stays silent on a clean scoring.
@Suite struct ConsistencyTests {
    let version = LKEVersion.permenPANRB88

    /// Facts under which a fully met scoring is consistent: LKj reviewed and on time, last year's follow-up done.
    var cleanFacts: EvaluationFacts {
        var facts = LKEFixture.emptyFacts()
        facts.lkj.submission = LKjSubmission(submittedOn: LKEFixture.day("2025-02-20"), deadline: LKEFixture.day("2025-02-28"),
                                             reviewedOn: LKEFixture.day("2025-02-10"), reviewReference: "LHR-12/2025")
        facts.previous = PreviousEvaluation(year: 2023, recommendations: [LKEFixture.recommendation("R1", verdict: .accepted)])
        return facts
    }

    func warnings(_ answers: LKEAnswers, overrides: [RatingOverride] = [], facts: EvaluationFacts? = nil,
                  version: LKEVersion = .permenPANRB88) -> [ConsistencyWarning] {
        ConsistencyCheck.warnings(version, answers: answers, overrides: overrides, facts: facts ?? cleanFacts)
    }

    func changed(_ id: String, _ change: (inout CriterionAnswer) -> Void) -> LKEAnswers {
        var answers = LKEFixture.allMet()
        var answer = answers[id]!
        change(&answer)
        answers.set(answer)
        return answers
    }

    @Test func cleanScoring_hasNoWarning() {
        #expect(warnings(LKEFixture.allMet()).isEmpty)
    }

    @Test func qualityCriterionMet_whileItsDocumentIsAbsent_isAPrerequisiteWarning() {
        let found = warnings(changed("1.a.3") { $0.met = false; $0.mandate = false })
        let subjects = found.filter { $0.code == .prerequisite }.map(\.subject)
        #expect(subjects == ["1.b.1", "1.b.4", "1.b.5"])
        #expect(found.first?.message == "Kriteria 1.b.1 dinyatakan terpenuhi, padahal prasyaratnya belum terpenuhi: 1.a.3 (Terdapat dokumen perencanaan kinerja jangka menengah.).")
    }

    @Test func pemanfaatanRatedAboveKualitas_isAWarningOnTheComponent() {
        // 2.b loses the mandate flag on one criterion: B, below 2.c's BB.
        let found = warnings(changed("2.b.3") { $0.mandate = false })
        #expect(found.map(\.code) == [.pemanfaatanAboveKualitas])
        #expect(found.first?.subject == "2")
        #expect(found.first?.message == "Pemanfaatan 2.c bernilai BB, lebih tinggi daripada Kualitas 2.b yang bernilai B pada komponen Pengukuran Kinerja.")
    }

    @Test func pemanfaatanWithinTheVersionsTolerance_isSilent() {
        var tolerant = version
        tolerant.pemanfaatanTolerance = 10
        #expect(warnings(changed("2.b.3") { $0.mandate = false }, version: tolerant).isEmpty)
    }

    @Test func overrideOutsideTheShareOfMetCriteria_isARatingWarning() {
        let answers = changed("1.a.2") { $0.met = false; $0.mandate = false }
        let found = warnings(answers, overrides: [RatingOverride(subComponentId: "1.a", rating: .bb, justification: "Dinilai cukup")])
        #expect(found.map(\.code) == [.ratingOutsideCriteria])
        #expect(found.first?.message.contains("5 dari 6 kriteria terpenuhi (83,33\u{00A0}%); nilai yang sesuai: B") == true)
        // An override to AA on a fully met sub-component is the evaluator's judgement, not an inconsistency.
        #expect(warnings(LKEFixture.allMet(), overrides: [RatingOverride(subComponentId: "1.c", rating: .aa, justification: "Inovasi")])
            .filter { $0.code == .ratingOutsideCriteria }.isEmpty)
    }

    @Test func overrideToEWithMetCriteria_isARatingWarning() {
        let found = warnings(LKEFixture.allMet(), overrides: [RatingOverride(subComponentId: "4.a", rating: .e, justification: "Tidak ada bukti")])
        #expect(found.contains { $0.code == .ratingOutsideCriteria && $0.subject == "4.a" })
    }

    @Test func flagsOnAnUnmetCriterion_orOutOfOrder_areAFlagWarning() {
        let unmet = warnings(changed("4.b.5") { $0.met = false })
        #expect(unmet.contains { $0.code == .flagsOutOfOrder && $0.subject == "4.b.5" && $0.message.contains("tidak dinyatakan terpenuhi") })
        let skipped = warnings(changed("4.b.5") { $0.keptFiveYears = true })
        #expect(skipped.contains { $0.code == .flagsOutOfOrder && $0.message.contains("5 tahun tetapi tidak ditandai dipertahankan 1 tahun") })
        let noMandate = warnings(changed("4.b.5") { $0.mandate = false; $0.keptOneYear = true })
        #expect(noMandate.contains { $0.code == .flagsOutOfOrder && $0.message.contains("tidak ditandai sesuai mandat nasional") })
    }

    @Test func reviewedWithoutAReviewReport_isAWarning_untilTheReportIsKnownOrAttached() {
        var facts = cleanFacts
        facts.lkj.submission?.reviewedOn = nil
        let found = warnings(LKEFixture.allMet(), facts: facts)
        #expect(found.map(\.code) == [.reviewWithoutReport])
        #expect(found.first?.subject == "3.a.4")
        let attached = changed("3.a.4") { $0.evidence = [.link(url: "https://contoh.kpu.go.id/lhr-2025.pdf", title: "LHR LKj 2024")] }
        #expect(warnings(attached, facts: facts).isEmpty)
    }

    @Test func onTimeAnswer_whileSubmittedLate_isAWarning() {
        var facts = cleanFacts
        facts.lkj.submission?.submittedOn = LKEFixture.day("2025-03-03")
        let found = warnings(LKEFixture.allMet(), facts: facts)
        #expect(found.map(\.code) == [.lateReport])
        #expect(found.first?.message == "Kriteria 3.a.6 menyatakan LKj disampaikan tepat waktu, padahal: LKj 2024 disampaikan pada 3 Maret 2025, setelah batas waktu 28 Februari 2025.")
    }

    @Test func allFollowedUpAnswer_whileLastYearsFollowUpIsOpen_isAWarning() {
        var facts = cleanFacts
        facts.previous?.recommendations.append(LKEFixture.recommendation("R2", verdict: .rejected))
        let found = warnings(LKEFixture.allMet(), facts: facts)
        #expect(found.map(\.code) == [.followUpIncomplete])
        #expect(found.first?.message.contains("1 dari 2 rekomendasi LHE 2023 selesai; belum selesai: R2 (dalam proses)") == true)
    }

    @Test func factRules_areSilentWhenTheFactIsUnknown() {
        var facts = LKEFixture.emptyFacts()
        facts.lkj.submission = LKjSubmission(reviewedOn: LKEFixture.day("2025-02-10"))
        #expect(warnings(LKEFixture.allMet(), facts: facts).isEmpty)
    }

    @Test func overriddenWarnings_areNoLongerOpen() {
        let answers = changed("1.a.3") { $0.met = false; $0.mandate = false }
        var scoring = EvaluatorScoring(answers: answers)
        #expect(ConsistencyCheck.openWarnings(version, scoring: scoring, facts: cleanFacts).count == 3)
        scoring.warningOverrides = ["1.b.1", "1.b.4", "1.b.5"].map {
            WarningOverride(code: .prerequisite, subject: $0, note: "Renstra KPU RI berlaku bagi satker")
        }
        #expect(ConsistencyCheck.openWarnings(version, scoring: scoring, facts: cleanFacts).isEmpty)
    }

    @Test func everyCode_isStableAndDescribed() {
        #expect(ConsistencyCode.allCases.map(\.rawValue) == ["LKE-PRASYARAT", "LKE-PEMANFAATAN-KUALITAS", "LKE-NILAI-KRITERIA",
                                                             "LKE-TANDA-BERTINGKAT", "LKE-REVIU-TANPA-LHR", "LKE-LKJ-TERLAMBAT",
                                                             "LKE-TL-BELUM-SELESAI"])
        #expect(ConsistencyCode.allCases.allSatisfy { !$0.summary.isEmpty })
    }
}
