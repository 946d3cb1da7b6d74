import Foundation
import PropertyBased
import Testing
@testable import SakipCore

/// A complete evaluation: every field of the format used once.
enum SampleEvaluation {
    static let version = LKEVersion.permenPANRB88

    static var full: Evaluation {
        var selfAssessment = LKEFixture.allMet()
        selfAssessment.set(CriterionAnswer(criterionId: "3.a.4", met: true, mandate: true, keptOneYear: true, note: "Direviu Inspektorat",
                                           evidence: [.text("LHR 12 Februari 2025"), .link(url: "https://contoh.kpu.go.id/lhr.pdf", title: nil),
                                                      .product(.lkj, year: 2024, key: nil, label: "LKj 2024")]))
        var scoring = EvaluatorScoring(answers: selfAssessment)
        scoring.answers.set(CriterionAnswer(criterionId: "2.b.4", met: false, note: "Realisasi triwulan III tidak ada"))
        scoring.overrides = [RatingOverride(subComponentId: "1.c", rating: .a, justification: "Pemantauan \"mingguan\"\ndan inovatif")]
        scoring.warningOverrides = [WarningOverride(code: .pemanfaatanAboveKualitas, subject: "1", note: "Apresiasi")]
        let lhe = LHEContent(number: "45/PW.01/2025", date: LKEFixture.day("2025-08-05"), place: "Jakarta",
                             addressee: "Ketua KPU Kabupaten Asahan", evaluatorUnit: "Inspektorat Utama Sekretariat Jenderal KPU",
                             legalBasis: ["Keputusan Sekretaris Jenderal KPU Nomor 993 Tahun 2025"],
                             fieldworkFrom: LKEFixture.day("2025-06-02"), fieldworkTo: LKEFixture.day("2025-06-13"),
                             summary: "Implementasi SAKIP sangat baik.",
                             components: [.init(componentId: "1", narrative: "Perencanaan telah tersedia.", notes: ["RAK belum lengkap", "Crosscutting belum ada"]),
                                          .init(componentId: "2", notes: ["Realisasi triwulan III tidak tercatat"])],
                             signatory: .init(name: "Dr. Contoh, M.Si.", nip: "19700101 199001 1 001", position: "Inspektur Wilayah I",
                                              onBehalfOf: "a.n. Inspektur Utama"),
                             copies: ["Sekretaris Jenderal KPU", "Ketua KPU Provinsi Sumatera Utara"])
        var r1 = LKEFixture.recommendation("R1", target: "2025-12-31", verdict: .accepted)
        r1.actions.append(FollowUpAction(id: "R1-2", date: LKEFixture.day("2025-10-01"), description: "Monitoring", evidence: [.text("Notula")],
                                         recordedBy: "operator.asahan"))
        let r2 = LKEFixture.recommendation("R2", component: "2", verdict: .rejected)
        return Evaluation(year: 2024, office: EvaluatedOffice(code: "655921", name: "KPU Kabupaten Asahan", level: .kabupatenKota,
                                                              parentCode: "654293", parentName: "KPU Provinsi Sumatera Utara"),
                          lke: version.reference, state: .lheIssued, selfAssessment: selfAssessment, scoring: scoring, lhe: lhe,
                          recommendations: [r1, r2],
                          history: [EvaluationEvent(action: .submitSelfAssessment, by: "ketua.asahan", role: .officeLeader, on: LKEFixture.day("2025-02-27")),
                                    EvaluationEvent(action: .issueLHE, by: "evaluator.sumut", role: .evaluator, on: LKEFixture.day("2025-08-05"), note: "45/PW.01/2025")])
    }
}

@Suite struct EvaluationDocumentTests {
    func issues(_ text: String, library: LKELibrary? = .bundled) -> [LocatedIssue] {
        do {
            _ = try EvaluationReader.read(text, library: library)
            return []
        } catch {
            return error.issues
        }
    }

    func edited(_ change: (inout String) -> Void) -> String {
        var text = EvaluationWriter.write(SampleEvaluation.full)
        change(&text)
        return text
    }

    @Test func fullEvaluation_readsBackToTheSameValue_andTheSameBytes() throws {
        let text = EvaluationWriter.write(SampleEvaluation.full)
        let read = try EvaluationReader.read(text, library: .bundled)
        #expect(read.evaluation == SampleEvaluation.full)
        #expect(read.version == SampleEvaluation.version)
        #expect(EvaluationWriter.write(read.evaluation) == text)
    }

    @Test func newEvaluation_isASmallDocument() throws {
        let empty = Evaluation(year: 2024, office: EvaluatedOffice(code: "x1", name: "KPU Kota Contoh", level: .kabupatenKota),
                               lke: SampleEvaluation.version.reference)
        let text = EvaluationWriter.write(empty)
        #expect(text.contains("\"selfAssessment\": []"))
        #expect(!text.contains("recommendations"))
        #expect(try EvaluationReader.read(text).evaluation == empty)
    }

    @Test func unknownKey_isLocatedWithTheNearestKnownKey() {
        let found = issues(edited { $0 = $0.replacingOccurrences(of: "\"personInCharge\"", with: "\"personIncharge\"") })
        #expect(found.contains { $0.path == "$.recommendations[0].personIncharge" && $0.reason.contains("maksudnya \"personInCharge\"") })
    }

    @Test func overrideWithoutJustification_andRejectionWithoutNote_areErrors() {
        let found = issues(edited {
            $0 = $0.replacingOccurrences(of: "\"justification\": \"Pemantauan \\\"mingguan\\\"\\ndan inovatif\"", with: "\"justification\": \"\"")
                .replacingOccurrences(of: "\"note\": \"Bukti belum lengkap\",", with: "")
        })
        #expect(found.contains { $0.path == "$.scoring.overrides[0].justification" && $0.reason == "teks tidak boleh kosong" })
        #expect(found.contains { $0.path == "$.recommendations[1].actions[0].verification.note" })
    }

    @Test func unknownIdsAndChangedVersion_areFoundWithTheLibrary() {
        let renamed = edited { $0 = $0.replacingOccurrences(of: "\"criterion\": \"2.b.4\"", with: "\"criterion\": \"2.b.40\"") }
        #expect(issues(renamed).contains { $0.path.hasPrefix("$.scoring.answers[") && $0.value == "2.b.40" })
        #expect(issues(renamed, library: nil).isEmpty)
        var other = SampleEvaluation.version
        other.components[0].title = "Perencanaan"
        let found = issues(EvaluationWriter.write(SampleEvaluation.full), library: LKELibrary(versions: [other]))
        #expect(found.first?.path == "$.lke")
        #expect(found.first?.reason.hasPrefix("versi LKE ini tidak dikenal atau isinya telah berubah") == true)
    }

    @Test func duplicateAnswersBadDatesAndDigests_areLocated() {
        let found = issues(edited {
            $0 = $0.replacingOccurrences(of: "\"criterion\": \"1.a.2\"", with: "\"criterion\": \"1.a.1\"")
                .replacingOccurrences(of: "\"2025-08-05\"", with: "\"5 Agustus 2025\"")
                .replacingOccurrences(of: SampleEvaluation.version.digest, with: "ABC")
        })
        #expect(found.contains { $0.path == "$.selfAssessment[1].criterion" && $0.reason == "jawaban kriteria 1.a.1 muncul dua kali" })
        #expect(found.contains { $0.path == "$.lhe.date" && $0.value == "5 Agustus 2025" })
        #expect(found.contains { $0.path == "$.lke.digest" })
    }

    @Test func unknownStateAndEvidenceKind_listTheChoices() {
        let found = issues(edited {
            $0 = $0.replacingOccurrences(of: "\"state\": \"lheIssued\"", with: "\"state\": \"selesai\"")
                .replacingOccurrences(of: "\"kind\": \"link\"", with: "\"kind\": \"berkas\"")
        })
        #expect(found.contains { $0.path == "$.state" && $0.reason.contains("officeDrafting, submitted, scored, lheIssued") })
        #expect(found.contains { $0.path.hasSuffix(".evidence[1].kind") && $0.reason.contains("text, link, product") })
    }

    /// Reader safety: any truncation or byte change of a valid document either reads or fails with located
    /// issues, and never traps.
    @Test func mangledDocuments_neverCrashTheReader() async {
        let bytes = Array(EvaluationWriter.write(SampleEvaluation.full).utf8)
        let lke = Array(LKEVersionWriter.write(.permenPANRB88).utf8)
        let edit = zip(Gen.int(in: 0...(bytes.count - 1)), Gen.int(in: 0...255), Gen.int(in: 0...2))
        await propertyCheck(count: 300, input: edit) { position, byte, kind in
            for source in [bytes, lke] {
                var mangled = source
                let at = position % source.count
                switch kind {
                case 0: mangled.removeSubrange(at...)
                case 1: mangled[at] = UInt8(byte)
                default: mangled.insert(UInt8(byte), at: at)
                }
                let text = String(decoding: mangled, as: UTF8.self)
                do {
                    if source == bytes { _ = try EvaluationReader.read(text, library: .bundled) } else { _ = try LKEVersionReader.read(text) }
                } catch let error as EvaluationReadError {
                    #expect(!error.issues.isEmpty)
                    #expect(error.issues.allSatisfy { $0.path.hasPrefix("$") && !$0.reason.isEmpty })
                } catch {
                    Issue.record("unexpected error \(error)")
                }
            }
        }
    }
}

@Suite struct EvaluationRecapTests {
    let version = LKEVersion.permenPANRB88

    func summary(_ code: String, _ name: String, year: Int = 2024, score: String?, state: EvaluationState = .lheIssued) -> EvaluationSummary {
        let total = score.map(d)
        return EvaluationSummary(office: EvaluatedOffice(code: code, name: name, level: .kabupatenKota), year: year, state: state,
                                 score: total, predikat: total.flatMap { PredikatScale.permenPANRB88.band(for: $0)?.predikat })
    }

    @Test func recap_listsScoresHighestFirst_withDistributionAverageAndChange() {
        let current = [summary("a", "KPU Kabupaten Asahan", score: "77.00"), summary("b", "KPU Kota Pematangsiantar", score: "74.05"),
                       summary("c", "KPU Kota Binjai", score: "65.10"), summary("d", "KPU Kota Medan", score: nil, state: .submitted)]
        let previous = [summary("a", "KPU Kabupaten Asahan", year: 2023, score: "72.50"), summary("c", "KPU Kota Binjai", year: 2023, score: "66.10")]
        let recap = EvaluationRecap(title: "KPU Provinsi Sumatera Utara", year: 2024, current: current, previous: previous)
        #expect(recap.rows.map(\.current.office.code) == ["a", "b", "c", "d"])
        #expect(recap.rows.map(\.change) == [d("4.5"), nil, -1, nil])
        #expect(recap.distribution.filter { $0.count > 0 }.map { "\($0.predikat.code)=\($0.count)" } == ["BB=2", "B=1"])
        #expect(recap.average.map(LKEScore.text) == "72,05")
        #expect(recap.averagePredikat?.predikat == .bb)
        #expect(recap.averageChange == d("1.75"))
    }

    @Test func summary_ofAnEvaluation_takesTheEvaluatorsClosedScore() {
        var evaluation = SampleEvaluation.full
        let summary = EvaluationSummary(evaluation, version: version)
        #expect(summary.score == evaluation.evaluatorScorecard(version).total)
        #expect(summary.selfScore == 80)
        evaluation.state = .submitted
        #expect(EvaluationSummary(evaluation, version: version).score == nil)
        #expect(EvaluationSummary(evaluation, version: version).predikat == nil)
    }

    @Test func recap_fromDocuments_pairsTheYears_andSetsAsideUnknownVersions() {
        var now = SampleEvaluation.full
        var before = SampleEvaluation.full
        before.year = 2023
        before.scoring.answers = LKEFixture.answers(LKEFixture.workedExample)
        before.scoring.overrides = []
        var stranger = SampleEvaluation.full
        stranger.office.code = "x"
        stranger.lke.digest = String(repeating: "0", count: 64)
        now.office.name = "KPU Kabupaten Asahan"
        let built = EvaluationRecap.build(title: "Sumatera Utara", year: 2024, evaluations: [now, before, stranger], library: .bundled)
        #expect(built.unresolved.map(\.office.code) == ["x"])
        #expect(built.recap.rows.count == 1)
        #expect(built.recap.rows[0].previous?.score == d("78.85"))
        #expect(built.recap.rows[0].change == now.evaluatorScorecard(version).total - d("78.85"))
    }
}
