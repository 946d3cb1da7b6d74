import Foundation
@testable import SakipServer
import SakipCore
import Testing

/// The evaluation forms' readers take whatever a browser (or anyone) posts: answers only for criteria the LKE
/// has, evidence bounded, dates refused with the field named, never a crash.
struct AnswerFormTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func text() -> String {
            let pieces = ["ada", "tidak", "", " ", "\n", "https://x.go.id/a", "1.a.1", "ya", "<script>", "é", "\u{0}", "💥", "1.c", "AA", "31 Juni 2025", "5 Agustus 2025"]
            return (0..<Int(next() % 6)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined(separator: next() % 2 == 0 ? "\n" : "")
        }
    }

    @Test func randomForms_giveAnswersOnlyToKnownCriteria_withBoundedEvidence() throws {
        let version = LKEVersion.permenPANRB88
        var generator = Generator(state: 14)
        let ids = version.criteria.map(\.id) + ["9.z.9", "", "1.a.1 ", "<b>"]
        for _ in 0..<300 {
            func fields() -> [String: String] {
                Dictionary((0..<Int(generator.next() % 12)).map { _ in (ids[Int(generator.next() % UInt64(ids.count))], generator.text()) },
                           uniquingKeysWith: { $1 })
            }
            var longEvidence = fields()
            longEvidence["1.a.1"] = String(repeating: "bukti yang sangat panjang ", count: 200) + String(repeating: "\nbaris", count: 100)
            let form = AnswerForm(met: fields(), mandate: fields(), keptOneYear: fields(), keptFiveYears: fields(), note: fields(), evidence: longEvidence)
            let answers = form.answers(version, over: LKEAnswers())
            #expect(answers.allSatisfy { version.criterion($0.criterionId) != nil })
            #expect(answers.allSatisfy { $0.evidence.count <= AnswerForm.evidenceLines && $0.evidence.allSatisfy { $0.label.count <= AnswerForm.lineLength } })
            #expect(answers.allSatisfy { $0.met == nil || form.met?[$0.criterionId] == ($0.met == true ? "ada" : "tidak") })
            _ = try? AnswerForm.date(generator.text(), field: "Tanggal")
        }
    }

    @Test func evidenceLines_becomeLinksOrDescriptions_andAnUnreadableDateNamesItsField() throws {
        let evidence = AnswerForm.evidence("Notula rapat 10 Oktober 2024\n\n  https://kab-asahan.kpu.go.id/lkj.pdf  \n")
        #expect(evidence == [.text("Notula rapat 10 Oktober 2024"), .link(url: "https://kab-asahan.kpu.go.id/lkj.pdf", title: nil)])
        let refused = #expect(throws: EvaluationWorkflowError.self) { try AnswerForm.date("31 Juni 2025", field: "Tanggal LHE") }
        #expect(refused?.message.hasPrefix("Kolom Tanggal LHE: ") == true)
        #expect(try AnswerForm.date("5 Agustus 2025", field: "Tanggal LHE") == CalendarDate(year: 2025, month: 8, day: 5))
        #expect(try AnswerForm.date("  ", field: "Tanggal LHE") == nil)
    }
}

/// The evaluation's audit trail in words.
struct EvaluationTrailTextTests {
    @Test func paths_readAsThePagesNameThem_andStatesByTheirLabel() {
        #expect(EvaluationTrailText.field("selfAssessment[1.a.1].met") == "Penilaian mandiri 1.a.1 › ada/tidak")
        #expect(EvaluationTrailText.field("scoring.overrides[1.c].rating") == "Penilaian evaluator › Nilai sub-komponen oleh evaluator 1.c › nilai")
        #expect(EvaluationTrailText.field("recommendations[R1].actions[TL1].verification.verdict")
            == "Rekomendasi R1 › Tindak lanjut TL1 › verifikasi › hasil")
        #expect(EvaluationTrailText.field("unknown[x.y]") == "unknown x.y")
        #expect(EvaluationTrailText.value("state", "lheIssued") == "LHE terbit")
        #expect(EvaluationTrailText.value("lhe.number", "12/PW.01/2025") == "12/PW.01/2025")
    }
}
