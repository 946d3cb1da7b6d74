import Foundation
import Testing
@testable import SakipCore

/// The suggested answers come from each seed office's own data, with the reason shown.
@Suite struct SeedSuggestionTests {
    let version = LKEVersion.permenPANRB88
    static let asOf = CalendarDate(year: 2025, month: 8, day: 1)!

    func suggestions(_ data: OfficeYear, submission: LKjSubmission? = nil, previous: PreviousEvaluation? = nil) -> [String: SuggestedAnswer] {
        let facts = EvaluationFacts(officeYear: data, submission: submission, previous: previous, asOf: Self.asOf)
        return Dictionary(uniqueKeysWithValues: AnswerSuggestions.suggest(version, facts: facts).map { ($0.criterionId, $0) })
    }

    @Test func asahan_signedPKsAndFinalisedLKj_areSuggestedAsMet() throws {
        let found = suggestions(try Seed("asahan-2024-corrected").file)
        #expect(found["1.b.1"]?.met == true)
        #expect(found["1.b.1"]?.reason == "PK Ketua ditandatangani 9 Januari 2024 oleh HIDAYAT; PK Sekretaris ditandatangani 9 Januari 2024 oleh ERY DERMAWAN.")
        #expect(found["3.a.3"]?.met == true)
        #expect(found["3.a.3"]?.reason == "LKj 2024 difinalkan pada 17 Januari 2025 dan ditandatangani HIDAYAT.")
        #expect(found["1.a.3"]?.reason?.hasPrefix("Renstra 2020–2024 (Keputusan KPU RI Nomor 197 Tahun 2020") == true)
        #expect(found["1.a.4"]?.reason == "RKT 2024 (13 indikator), PK Ketua dan PK Sekretaris tercatat di e-SAKIP.")
        #expect(found["3.b.3"]?.reason == "LKj membandingkan realisasi dengan target tahunan untuk seluruh 13 indikator (tabel pengukuran kinerja BAB III).")
        #expect(found["3.b.4"]?.reason == "LKj membandingkan realisasi dengan target akhir Renstra (2024) untuk 12 dari 13 indikator.")
        #expect(found["3.b.5"]?.reason == "LKj membandingkan capaian dengan tahun 2020, 2021, 2022 dan 2023 untuk 10 dari 13 indikator.")
        #expect(found["3.b.8"]?.reason == "LKj menyajikan realisasi anggaran Rp\u{00A0}83.098.081.692 dari pagu Rp\u{00A0}83.389.671.000 (99,65\u{00A0}%) di samping capaian kinerja.")
    }

    @Test func asahan_withoutQuarterlyRealisations_isSuggestedNotMeasuredEveryQuarter() throws {
        let found = suggestions(try Seed("asahan-2024-corrected").file)
        #expect(found["2.b.4"]?.met == false)
        #expect(found["2.b.4"]?.reason == "Belum ada realisasi triwulanan yang tercatat di e-SAKIP untuk 13 indikator PK (Triwulan I–IV).")
        #expect(found["1.a.5"]?.reason == "RAK 2024 belum tercatat di e-SAKIP (0 dari 13 indikator PK memiliki target triwulanan).")
    }

    @Test func asahan_withCompleteQuarters_isSuggestedMeasuredEveryQuarter_inTheApplication() throws {
        var data = try Seed("asahan-2024-corrected").file
        let pk = try #require(data.governingAgreement)
        let result = data.measure()
        for row in pk.rows {
            let value = result.rows.first { $0.indicator.id == row.indicatorId }?.realisation ?? row.target
            data.realisations += Quarter.allCases.map { QuarterlyRealisation(indicatorId: row.indicatorId, quarter: $0, value: value) }
            data.actionPlan.append(ActionPlanRow(indicatorId: row.indicatorId, quarters: [row.target, row.target, row.target, row.target]))
        }
        let found = suggestions(data)
        #expect(found["2.b.4"]?.met == true)
        #expect(found["2.b.4"]?.reason == "Realisasi Triwulan I–IV tercatat untuk seluruh 13 indikator PK.")
        #expect(found["3.a.2"]?.met == true)
        #expect(found["2.b.6"]?.reason == "Realisasi triwulanan dicatat dan capaian dihitung di aplikasi e-SAKIP KPU (52 isian realisasi indikator PK).")
        #expect(found["1.a.5"]?.reason == "RAK 2024 menetapkan target triwulanan untuk 13 dari 13 indikator PK.")
        #expect(found["1.c.4"]?.reason == "Capaian 13 indikator RAK dipantau setiap triwulan (Triwulan I–IV terisi).")
    }

    @Test func asahan_withAGapInTheThirdQuarter_namesTheQuarter() throws {
        var data = try Seed("asahan-2024-corrected").file
        let ids = (data.governingAgreement?.rows ?? []).map(\.indicatorId)
        for (index, id) in ids.enumerated() {
            for quarter in Quarter.allCases where !(quarter == .third && index < 3) {
                data.realisations.append(QuarterlyRealisation(indicatorId: id, quarter: quarter, value: .percentage(100)))
            }
        }
        let found = suggestions(data)
        #expect(found["2.b.4"]?.met == false)
        #expect(found["2.b.4"]?.reason == "Realisasi triwulanan belum lengkap: Triwulan III terisi 10 dari 13 indikator.")
    }

    @Test func pagarAlam_undatedPK_isSuggestedNotFormalised_andItsDIPARevisionsAreLinked() throws {
        let data = try Seed("pagaralam-2024-corrected").file
        let found = suggestions(data)
        #expect(found["1.b.1"]?.met == false)
        #expect(found["1.b.1"]?.reason == "PK Ketua belum bertanggal tanda tangan.")
        #expect(found["3.a.3"]?.reason == "LKj 2024 difinalkan pada 9 Januari 2025 dan ditandatangani Ibrahim Putra.")
        #expect(found["1.a.6"]?.reason == "DIPA 2024 tercatat di e-SAKIP dengan pagu Rp\u{00A0}33.353.847.000 setelah 15 revisi.")
        let links = EvidenceLinker.links(version, facts: EvaluationFacts(officeYear: data, asOf: Self.asOf))
        #expect(links["2.c.7"]?.map(\.label) == ["DIPA 2024", "Revisi DIPA 2024"])
        #expect(links["2.c.7"]?.last?.reason == "15 revisi; terakhir Dipa Revisi 15 tanggal 27 Desember 2024")
        #expect(links["1.b.1"]?.last?.reason == "belum bertanggal tanda tangan; 26 indikator")
    }

    @Test func pematangsiantar_withoutRenstraTargetsOrHistory_isSuggestedNoComparison() throws {
        let found = suggestions(try Seed("pematangsiantar-2024-corrected").file)
        #expect(found["1.b.1"]?.reason == "PK Ketua ditandatangani 8 Januari 2024 oleh Muhammad Isman Hutabarat; PK Sekretaris ditandatangani 8 Januari 2024 oleh Hermanto Panjaitan.")
        #expect(found["3.b.4"]?.met == false)
        #expect(found["3.b.4"]?.reason == "Renstra yang tercatat tidak memuat target indikator yang diukur, sehingga LKj belum membandingkan realisasi dengan target jangka menengah.")
        #expect(found["3.b.5"]?.met == false)
        #expect(found["1.a.3"]?.reason == "Renstra 2020–2024 tercatat di e-SAKIP dan belum memuat target tahunan indikator.")
    }

    @Test(arguments: ["asahan-2024-corrected", "pagaralam-2024-corrected", "pematangsiantar-2024-corrected"])
    func seedOffice_linksItsOwnDocumentsWithTheReason(seed: String) throws {
        let data = try Seed(seed).file
        let links = EvidenceLinker.links(version, facts: EvaluationFacts(officeYear: data, asOf: Self.asOf))
        let lkj = try #require(links["3.a.3"]?.first)
        #expect(lkj.label == "LKj 2024")
        #expect(lkj.reason == "difinalkan \(IndonesianDate.format(data.report.date!))")
        #expect(links["1.a.4"]?.contains { $0.label == "PK Ketua 2024" } == true)
        #expect(links["4.c.1"] == nil, "no LHE of last year known")
    }

    @Test func submissionFacts_decideOnTimeAndReviewed() throws {
        let data = try Seed("asahan-2024-corrected").file
        let onTime = suggestions(data, submission: LKjSubmission(submittedOn: LKEFixture.day("2025-02-20"), deadline: LKEFixture.day("2025-02-28"),
                                                                  reviewedOn: LKEFixture.day("2025-02-12"), reviewReference: "LHR Nomor 7/PW.01/2025"))
        #expect(onTime["3.a.6"]?.met == true)
        #expect(onTime["3.a.6"]?.reason == "LKj 2024 disampaikan pada 20 Februari 2025, tidak melewati batas waktu 28 Februari 2025.")
        #expect(onTime["3.a.4"]?.reason == "LKj 2024 telah direviu pada 12 Februari 2025 (LHR Nomor 7/PW.01/2025).")
        let missing = suggestions(data, submission: LKjSubmission(deadline: LKEFixture.day("2025-02-28")))
        #expect(missing["3.a.6"]?.reason == "LKj 2024 belum disampaikan, padahal batas waktu 28 Februari 2025 telah lewat.")
        #expect(suggestions(data)["3.a.6"] == nil)
        #expect(suggestions(data)["3.a.4"] == nil)
    }

    @Test func lastYearsEvaluation_suggestsFollowUpAndKeptOneYear() throws {
        let data = try Seed("asahan-2024-corrected").file
        let done = PreviousEvaluation(year: 2023, total: d("74.05"), predikat: .bb, lheNumber: "12/PW.01/2024",
                                      recommendations: [LKEFixture.recommendation("R1", verdict: .accepted)], metCriteria: ["1.a.3", "4.a.1"])
        let found = suggestions(data, previous: done)
        #expect(found["4.c.1"]?.met == true)
        #expect(found["4.c.1"]?.reason == "Seluruh 1 rekomendasi LHE 2023 telah ditindaklanjuti dan diverifikasi evaluator.")
        #expect(found["1.a.3"]?.keptOneYear == true)
        #expect(found["4.a.1"]?.met == nil)
        #expect(found["4.a.1"]?.keptOneYearReason == "Evaluator menilai kriteria ini terpenuhi pada evaluasi 2023.")
        var open = done
        open.recommendations.append(LKEFixture.recommendation("R2", target: "2025-01-31"))
        #expect(suggestions(data, previous: open)["4.c.1"]?.reason == "1 dari 2 rekomendasi LHE 2023 selesai; belum selesai: R2 (belum ditindaklanjuti).")
        let links = EvidenceLinker.links(version, facts: EvaluationFacts(officeYear: data, previous: open, asOf: Self.asOf))
        #expect(links["4.c.1"]?.map(\.reason) == ["nilai 74,05 (BB)", "1 dari 2 rekomendasi selesai; 1 melewati target waktu"])
        #expect(links["4.c.1"]?.first?.label == "LHE 2023 Nomor 12/PW.01/2024")
    }

    @Test func newEvaluation_isPrefilledWithTheSuggestions_whichTheOfficeMayChange() throws {
        let data = try Seed("pagaralam-2024-corrected").file
        let facts = EvaluationFacts(officeYear: data, asOf: Self.asOf)
        var evaluation = Evaluation.start(data, version: version, facts: facts)
        #expect(evaluation.selfAssessment["1.b.1"]?.met == false)
        #expect(evaluation.selfAssessment["3.a.3"]?.met == true)
        #expect(evaluation.selfAssessment["1.a.1"] == nil)
        #expect(evaluation.lke == version.reference)
        try evaluation.answerSelfAssessment(CriterionAnswer(criterionId: "1.b.1", met: true, note: "PK ditandatangani 10 Januari 2024"),
                                            by: EvaluationActor(name: "operator.pagaralam", role: .officeOperator), version: version)
        #expect(evaluation.selfAssessment["1.b.1"]?.met == true)
        // Applying suggestions again keeps the office's answer.
        #expect(evaluation.selfAssessment.applying(AnswerSuggestions.suggest(version, facts: facts))["1.b.1"]?.met == true)
    }
}
