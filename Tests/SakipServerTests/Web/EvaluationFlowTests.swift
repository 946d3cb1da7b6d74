import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// The SAKIP evaluation through the web pages, on the demo's Asahan 2024: the office fills and submits its
/// self-assessment, the Provinsi's evaluator scores it beside the office's, overrides a rating with a
/// justification, keeps a consistency warning with a note, issues the LHE; the office records a follow-up, the
/// evaluator verifies it; the Provinsi's recap shows the score.
@Suite(.serialized) struct EvaluationFlowTests {
    static let sumut = "654293"
    static let version = LKEVersion.permenPANRB88

    /// Every criterion answered "ada" and met per the national mandate (every sub-component BB, 80,00 in all),
    /// as the browser sends the whole form (notes and evidence included); 3.a.4 (reviewed) with its review report.
    static func allMet() -> [String: String] {
        var form: [String: String] = [:]
        for criterion in version.criteria {
            form["met[\(criterion.id)]"] = "ada"
            form["mandate[\(criterion.id)]"] = "ya"
            form["note[\(criterion.id)]"] = ""
            form["evidence[\(criterion.id)]"] = ""
        }
        form["evidence[3.a.4]"] = "LHR Inspektorat Nomor 12/PW.01/2025"
        form["note[1.a.3]"] = "Renstra 2020–2024 ditetapkan dengan Keputusan KPU Kabupaten Asahan"
        return form
    }

    static func start(_ app: Application) async throws -> WebClient {
        let office = WebClient(app: app)
        try await office.login("operator.asahan")
        let started = try await office.post(SiteURL.startEvaluation(office: asahan, year: 2024).path, form: [:])
        #expect(started.status == .seeOther && started.location == SiteURL.selfAssessment(office: asahan, year: 2024).path)
        return office
    }

    /// Started, answered, submitted by the leader; returns the evaluator's client.
    static func submitted(_ app: Application) async throws -> WebClient {
        let office = try await start(app)
        _ = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
        let saved = try await office.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: allMet())
        #expect(saved.status == .seeOther, "\(saved.body.prefix(300))")
        let leader = WebClient(app: app)
        try await leader.login("ketua.asahan")
        _ = try await leader.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
        let submit = try await leader.post(SiteURL.submitSelfAssessment(office: asahan, year: 2024).path, form: [:])
        #expect(submit.status == .seeOther)
        let evaluator = WebClient(app: app)
        try await evaluator.login("evaluator.sumut")
        return evaluator
    }

    @Test func office_startsFromItsData_seesSuggestionsWithReasons_andSavesAnswers() async throws {
        try await withDemoApp { app in
            let office = WebClient(app: app)
            try await office.login("operator.asahan")
            let before = try await office.get(SiteURL.evaluation(office: asahan, year: 2024).path)
            #expect(before.status == .ok)
            #expect(before.body.contains("belum dimulai"))
            #expect(before.body.contains("80 kriteria dalam 12 sub-komponen"))
            _ = try await office.post(SiteURL.startEvaluation(office: asahan, year: 2024).path, form: [:])
            let page = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Saran dari data"))
            #expect(page.body.contains("name=\"met[1.a.1]\""))
            let again = try await office.post(SiteURL.startEvaluation(office: asahan, year: 2024).path, form: [:])
            #expect(again.status == .conflict)
            #expect(again.body.contains("sudah dimulai"))
            let saved = try await office.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: Self.allMet())
            #expect(saved.status == .seeOther)
            let after = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(after.body.contains("80,00 (BB, Sangat Baik)"))
            #expect(after.body.contains("Renstra 2020–2024 ditetapkan dengan Keputusan KPU Kabupaten Asahan"))
            #expect(after.body.contains("80 dari 80"))
            // The operator fills; only the leader submits.
            let operatorSubmit = try await office.post(SiteURL.submitSelfAssessment(office: asahan, year: 2024).path, form: [:])
            #expect(operatorSubmit.status == .forbidden)
            // Before submission the evaluator does not see the office's answers.
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            let hidden = try await evaluator.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(hidden.status == .ok)
            #expect(!hidden.body.contains("Renstra 2020–2024 ditetapkan"))
        }
    }

    @Test func submission_withUnansweredCriteria_isRefused_namingThem() async throws {
        try await withDemoApp { app in
            _ = try await Self.start(app)
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            _ = try await leader.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            var partial = Self.allMet()
            partial["met[2.b.3]"] = ""
            _ = try await leader.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: partial)
            let refused = try await leader.post(SiteURL.submitSelfAssessment(office: asahan, year: 2024).path, form: [:])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("belum dijawab ada/tidak"))
            #expect(refused.body.contains("2.b.3"))
        }
    }

    @Test func wholeEvaluation_fromSelfAssessmentToVerifiedFollowUp_andTheProvinceRecap() async throws {
        try await withDemoApp { app in
            let evaluator = try await Self.submitted(app)
            let office = WebClient(app: app)
            try await office.login("operator.asahan")
            let locked = try await office.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: Self.allMet())
            #expect(locked.status == .conflict)
            #expect(locked.body.contains("tidak dapat mengisi penilaian mandiri"))

            let scoring = try await evaluator.get(SiteURL.scoring(office: asahan, year: 2024).path)
            #expect(scoring.status == .ok)
            #expect(scoring.body.contains("80,00 (BB, Sangat Baik)"))
            var form = Self.allMet()
            form["rating[1.c]"] = "A"
            form["justification[1.c]"] = ""
            let unjustified = try await evaluator.post(SiteURL.scoring(office: asahan, year: 2024).path, form: form)
            #expect(unjustified.status == .conflict)
            #expect(unjustified.body.contains("Tuliskan alasan perubahan nilai sub-komponen 1.c menjadi A"))
            form["justification[1.c]"] = "Monev rencana aksi bulanan dengan dasbor yang dipakai pimpinan setiap rapat"
            let overridden = try await evaluator.post(SiteURL.scoring(office: asahan, year: 2024).path, form: form)
            #expect(overridden.status == .seeOther)
            let scored = try await evaluator.get(SiteURL.scoring(office: asahan, year: 2024).path)
            // 1.c: A (90 % of 15 = 13,50) in place of BB (12,00): 81,50, a gap of +1,50.
            #expect(scored.body.contains("81,50 (A, Memuaskan)"))
            #expect(scored.body.contains("+1,50"))
            #expect(scored.body.contains("LKE-PEMANFAATAN-KUALITAS"))

            let open = try await evaluator.post(SiteURL.completeScoring(office: asahan, year: 2024).path, form: [:])
            #expect(open.status == .conflict)
            #expect(open.body.contains("peringatan konsistensi"))
            form["warning[LKE-PEMANFAATAN-KUALITAS:1]"] = "Pemanfaatan melampaui kualitas karena monev bulanan sudah berjalan"
            #expect(try await evaluator.post(SiteURL.scoring(office: asahan, year: 2024).path, form: form).status == .seeOther)
            let closed = try await evaluator.post(SiteURL.completeScoring(office: asahan, year: 2024).path, form: [:])
            #expect(closed.status == .seeOther && closed.location == SiteURL.lhe(office: asahan, year: 2024).path)

            let noNumber = try await evaluator.post(SiteURL.issueLHE(office: asahan, year: 2024).path, form: [:])
            #expect(noNumber.status == .conflict)
            #expect(noNumber.body.contains("nomor LHE"))
            let badDate = try await evaluator.post(SiteURL.lhe(office: asahan, year: 2024).path, form: ["number": "12/PW.01/2025", "date": "31 Juni 2025"])
            #expect(badDate.status == .conflict)
            #expect(badDate.body.contains("Kolom Tanggal LHE"))
            #expect(badDate.body.contains("value=\"31 Juni 2025\""))
            #expect(badDate.body.contains("value=\"12/PW.01/2025\""))
            let lhe = try await evaluator.post(SiteURL.lhe(office: asahan, year: 2024).path, form: [
                "number": "12/PW.01/2025", "date": "5 Agustus 2025", "place": "Medan",
                "signatoryName": "Drs. Evaluator Sumut", "signatoryPosition": "Sekretaris KPU Provinsi Sumatera Utara",
                "notes[1]": "Rencana aksi belum memuat target bulanan\nCascading belum sampai pegawai"])
            #expect(lhe.status == .seeOther)
            let recommendation = try await evaluator.post(SiteURL.recommendation(office: asahan, year: 2024).path, form: [
                "component": "1", "text": "Agar menyusun rencana aksi dengan target bulanan", "personInCharge": "Sekretaris KPU Kabupaten Asahan",
                "targetDate": "30 Juni 2025"])
            #expect(recommendation.status == .seeOther)
            #expect(try await evaluator.post(SiteURL.issueLHE(office: asahan, year: 2024).path, form: [:]).status == .seeOther)
            let docx = try await evaluator.get(SiteURL.lheFile(office: asahan, year: 2024, name: "lhe-\(asahan)-2024.docx").path)
            #expect(docx.status == .ok)
            #expect(docx.body.hasPrefix("PK"))

            // The office sees the scoring and the LHE once issued, and the recommendation is overdue (target 30 Juni 2025).
            let followUpPage = try await office.get(SiteURL.followUp(office: asahan, year: 2024).path)
            #expect(followUpPage.body.contains("Melewati target"))
            #expect(try await office.get(SiteURL.scoring(office: asahan, year: 2024).path).body.contains("81,50 (A, Memuaskan)"))
            let recorded = try await office.post(SiteURL.followUp(office: asahan, year: 2024).path, form: [
                "recommendation": "R1", "date": "20 Juni 2025", "description": "Rencana aksi 2025 dengan target bulanan ditetapkan",
                "evidence": "https://kab-asahan.kpu.go.id/renaksi-2025.pdf", "completes": "ya"])
            #expect(recorded.status == .seeOther)
            #expect(try await office.get(SiteURL.followUp(office: asahan, year: 2024).path).body.contains("Menunggu verifikasi"))
            let rejectedWithoutNote = try await evaluator.post(SiteURL.verifyFollowUp(office: asahan, year: 2024).path,
                                                               form: ["recommendation": "R1", "action": "TL1", "verdict": "rejected", "note": ""])
            #expect(rejectedWithoutNote.status == .conflict)
            let verified = try await evaluator.post(SiteURL.verifyFollowUp(office: asahan, year: 2024).path,
                                                    form: ["recommendation": "R1", "action": "TL1", "verdict": "accepted", "note": ""])
            #expect(verified.status == .seeOther)
            let done = try await office.get(SiteURL.followUp(office: asahan, year: 2024).path)
            #expect(done.body.contains("Diterima"))
            #expect(done.body.contains("1 dari 1"))
            #expect(!done.body.contains("Melewati target"))

            let recap = try await evaluator.get(SiteURL.evaluationRecap(office: Self.sumut, year: 2024).path)
            #expect(recap.status == .ok)
            #expect(recap.body.contains("KPU Kabupaten Asahan"))
            #expect(recap.body.contains("81,50"))
            #expect(recap.body.contains("A (Memuaskan)"))
            #expect(recap.body.contains("1 dari 2"))
            let workbook = try await evaluator.get(SiteURL.evaluationRecapWorkbook(office: Self.sumut, year: 2024).path)
            #expect(workbook.status == .ok)
            #expect(workbook.body.hasPrefix("PK"))

            // Every step is in the audit trail, field by field.
            let summary = try await evaluator.get(SiteURL.evaluation(office: asahan, year: 2024).path)
            #expect(summary.body.contains("Jejak perubahan"))
            #expect(summary.body.contains("scoring.overrides[1.c]"))
            #expect(summary.body.contains("scoring.warningOverrides[LKE-PEMANFAATAN-KUALITAS 1]"))
            #expect(summary.body.contains("Nilai sub-komponen oleh evaluator 1.c"))
            #expect(summary.body.contains("Catatan atas peringatan LKE-PEMANFAATAN-KUALITAS 1"))
            #expect(summary.body.contains("<td>Dinilai evaluator</td><td>LHE terbit</td>"))
            #expect(summary.body.contains("LHE terbit"))
        }
    }

    @Test func evaluatorReturnsTheSelfAssessment_withAReason_andTheOfficeEditsAgain() async throws {
        try await withDemoApp { app in
            let evaluator = try await Self.submitted(app)
            _ = try await evaluator.get(SiteURL.scoring(office: asahan, year: 2024).path)
            let noReason = try await evaluator.post(SiteURL.returnEvaluation(office: asahan, year: 2024).path, form: ["note": " "])
            #expect(noReason.status == .conflict)
            #expect(noReason.body.contains("Tuliskan alasan pengembalian"))
            let returned = try await evaluator.post(SiteURL.returnEvaluation(office: asahan, year: 2024).path,
                                                    form: ["note": "Bukti dukung 2.c belum dilampirkan"])
            #expect(returned.status == .seeOther)
            let office = WebClient(app: app)
            try await office.login("operator.asahan")
            let summary = try await office.get(SiteURL.evaluation(office: asahan, year: 2024).path)
            #expect(summary.body.contains("Bukti dukung 2.c belum dilampirkan"))
            _ = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(try await office.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: Self.allMet()).status == .seeOther)
        }
    }

    @Test func aSaveOverANewerChangeToTheSameAnswer_isRefused_keepingWhatWasTyped() async throws {
        try await withDemoApp { app in
            let first = try await Self.start(app)
            let second = WebClient(app: app)
            try await second.login("ketua.asahan")
            _ = try await first.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            let shown = try #require(ConflictFlowTests.version(try await second.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)))
            var mine = Self.allMet()
            mine["note[1.a.1]"] = "Pedoman teknis perencanaan: SK Ketua 2023"
            mine[FormVersion.field] = shown
            #expect(try await first.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: mine).status == .seeOther)
            var theirs = Self.allMet()
            theirs["note[1.a.1]"] = "Catatan lain yang akan menimpa"
            theirs[FormVersion.field] = shown
            let refused = try await second.post(SiteURL.selfAssessment(office: asahan, year: 2024).path, form: theirs)
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("telah diubah oleh operator.asahan"))
            #expect(refused.body.contains("Catatan lain yang akan menimpa"))
        }
    }

    @Test func evaluatorReopensAClosedScoring_withAReason_andRemovesARecommendationBeforeIssuing() async throws {
        try await withDemoApp { app in
            let evaluator = try await Self.submitted(app)
            _ = try await evaluator.get(SiteURL.scoring(office: asahan, year: 2024).path)
            #expect(try await evaluator.post(SiteURL.completeScoring(office: asahan, year: 2024).path, form: [:]).status == .seeOther)
            let recommendation = try await evaluator.post(SiteURL.recommendation(office: asahan, year: 2024).path, form: [
                "component": "3", "text": "Agar LKj memuat perbandingan dengan target jangka menengah", "personInCharge": "Kasubbag Perencanaan",
                "targetDate": "31 Maret 2026"])
            #expect(recommendation.status == .seeOther)
            #expect(try await evaluator.get(SiteURL.lhe(office: asahan, year: 2024).path).body.contains("perbandingan dengan target jangka menengah"))
            let removed = try await evaluator.post(SiteURL.removeRecommendation(office: asahan, year: 2024).path, form: ["id": "R1"])
            #expect(removed.status == .seeOther)
            let lhe = try await evaluator.get(SiteURL.lhe(office: asahan, year: 2024).path)
            #expect(!lhe.body.contains("perbandingan dengan target jangka menengah"))
            #expect(lhe.body.contains("Belum ada rekomendasi."))

            let noReason = try await evaluator.post(SiteURL.reopenScoring(office: asahan, year: 2024).path, form: ["note": ""])
            #expect(noReason.status == .conflict)
            #expect(noReason.body.contains("Tuliskan alasan membuka kembali"))
            let reopened = try await evaluator.post(SiteURL.reopenScoring(office: asahan, year: 2024).path,
                                                    form: ["note": "Bukti 2.b.6 perlu diperiksa ulang"])
            #expect(reopened.status == .seeOther)
            let summary = try await evaluator.get(SiteURL.evaluation(office: asahan, year: 2024).path)
            #expect(summary.body.contains("Bukti 2.b.6 perlu diperiksa ulang"))
            #expect(summary.body.contains(EvaluationState.submitted.label))
            // Reopened, the scoring is editable again and the LHE cannot be issued until it is closed.
            var form = Self.allMet()
            form["met[2.b.6]"] = "tidak"
            #expect(try await evaluator.post(SiteURL.scoring(office: asahan, year: 2024).path, form: form).status == .seeOther)
            let issue = try await evaluator.post(SiteURL.issueLHE(office: asahan, year: 2024).path, form: [:])
            #expect(issue.status == .conflict)
        }
    }
}
