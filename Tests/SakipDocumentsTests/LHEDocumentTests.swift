import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// An evaluation of the Asahan seed carried through the workflow: the office submits its (prefilled) self-assessment,
/// the evaluator scores it as LKE.md §2.4's worked example (78,85, BB), overrides 1.c, writes and issues the LHE.
enum AsahanEvaluation {
    static let version = LKEVersion.permenPANRB88
    static let day = CalendarDate(year: 2025, month: 8, day: 5)!

    /// Answers deriving `rating` on a sub-component.
    static func answers(_ sub: LKESubComponent, _ rating: LKERating) -> [CriterionAnswer] {
        let n = sub.criteria.count
        let met = [.aa, .a, .bb, .b].contains(rating) ? n : (rating == .cc ? n / 2 + 1 : (rating == .e ? 0 : 1))
        return sub.criteria.enumerated().map { index, criterion in
            CriterionAnswer(criterionId: criterion.id, met: index < met, mandate: index < met && [.aa, .a, .bb].contains(rating),
                            keptOneYear: index < met && [.aa, .a].contains(rating), keptFiveYears: index < met && rating == .aa)
        }
    }

    static let ratings: [String: LKERating] = ["1.a": .a, "1.b": .bb, "1.c": .bb, "2.a": .bb, "2.b": .bb, "2.c": .a,
                                               "3.a": .bb, "3.b": .bb, "3.c": .b, "4.a": .bb, "4.b": .bb, "4.c": .cc]

    static let previous = PreviousEvaluation(year: 2023, total: Decimal(string: "74.05")!, predikat: .bb,
                                             componentScores: ["1": Decimal(string: "22.5")!, "2": Decimal(string: "24.3")!,
                                                               "3": Decimal(string: "10.5")!, "4": Decimal(string: "16.75")!],
                                             lheNumber: "12/PW.01/2024", lheDate: CalendarDate(year: 2024, month: 8, day: 2),
                                             recommendations: [Recommendation(id: "R1", componentId: "2", text: "Agar mengukur kinerja setiap triwulan",
                                                                              personInCharge: "Sekretaris", targetDate: CalendarDate(year: 2024, month: 12, day: 31)!)])

    static func build() throws -> Evaluation {
        let data = try Seeds.load("asahan-2024-corrected")
        let facts = EvaluationFacts(officeYear: data, previous: previous, asOf: day)
        var evaluation = Evaluation.start(data, version: version, facts: facts)
        let office = EvaluationActor(name: "ketua.asahan", role: .officeLeader)
        let evaluator = EvaluationActor(name: "evaluator.sumut", role: .evaluator)
        for criterion in version.criteria {
            var answer = evaluation.selfAssessment[criterion.id] ?? CriterionAnswer(criterionId: criterion.id)
            answer.met = true
            answer.mandate = true
            try evaluation.answerSelfAssessment(answer, by: office, version: version)
        }
        try evaluation.submit(by: office, on: CalendarDate(year: 2025, month: 2, day: 27)!, version: version)
        for sub in version.subComponents {
            for answer in answers(sub, ratings[sub.id]!) { try evaluation.answerAsEvaluator(answer, by: evaluator, version: version) }
        }
        var note = evaluation.scoring.answers["1.c.4"]!
        note.note = "Pemantauan RAK belum terdokumentasi"
        try evaluation.answerAsEvaluator(note, by: evaluator, version: version)
        try evaluation.overrideRating(RatingOverride(subComponentId: "1.c", rating: .bb, justification: "Ditetapkan sesuai hasil klarifikasi"),
                                      by: evaluator, version: version)
        for warning in ConsistencyCheck.openWarnings(version, scoring: evaluation.scoring, facts: facts) {
            try evaluation.overrideWarning(WarningOverride(code: warning.code, subject: warning.subject, note: "Dikonfirmasi saat wawancara"), by: evaluator)
        }
        try evaluation.completeScoring(by: evaluator, on: day, version: version, facts: facts)
        try evaluation.updateLHE(LHEContent(number: "45/PW.01/2025", date: day, place: "Medan", evaluatorUnit: "Inspektorat Utama Sekretariat Jenderal KPU",
                                            legalBasis: ["Keputusan Sekretaris Jenderal KPU Nomor 993 Tahun 2025 tentang Pedoman Evaluasi AKIP"],
                                            fieldworkFrom: CalendarDate(year: 2025, month: 6, day: 2), fieldworkTo: CalendarDate(year: 2025, month: 6, day: 13),
                                            summary: "Implementasi SAKIP telah sangat baik, terutama pada perencanaan dan pengukuran.",
                                            components: [.init(componentId: "1", narrative: "Dokumen perencanaan lengkap dan ditandatangani.",
                                                               notes: ["RAK belum disusun untuk seluruh indikator PK"])],
                                            signatory: .init(name: "Dr. Contoh Evaluator, M.Si.", nip: "19700101 199001 1 001",
                                                             position: "Inspektur Wilayah I", onBehalfOf: "a.n. Inspektur Utama"),
                                            copies: ["Sekretaris Jenderal KPU"]), by: evaluator)
        try evaluation.setRecommendation(Recommendation(id: "R1", componentId: "1", text: "Agar menyusun Rencana Aksi Kinerja untuk seluruh indikator PK",
                                                        personInCharge: "Sekretaris KPU Kabupaten Asahan",
                                                        targetDate: CalendarDate(year: 2025, month: 12, day: 31)!), by: evaluator, version: version)
        try evaluation.issueLHE(by: evaluator, on: day)
        return evaluation
    }
}

@Suite struct LHEDocumentTests {
    @Test func lhe_isAValidWordPackage() throws {
        let package = try OpenedPackage(LHEDocument(AsahanEvaluation.build(), version: AsahanEvaluation.version).docx())
        expectValidPackage(package)
        #expect(package.undeclaredIds(in: "word/document.xml").isEmpty)
    }

    @Test func scoreTable_showsEachComponentWithLastYearAndThisYear() throws {
        let evaluation = try AsahanEvaluation.build()
        let package = try OpenedPackage(LHEDocument(evaluation, version: AsahanEvaluation.version, previous: AsahanEvaluation.previous).docx())
        let rows = try #require(package.tableRows(caption: "Tabel 2.1 Nilai Evaluasi AKIP KPU Kabupaten Asahan per Komponen"))
        #expect(rows[0] == ["No", "Komponen", "Bobot", "Nilai 2023", "Nilai 2024"])
        #expect(rows[1] == ["1", "Perencanaan Kinerja", "30", "22,50", "24,60"])
        #expect(rows[2] == ["2", "Pengukuran Kinerja", "30", "24,30", "25,50"])
        #expect(rows[3] == ["3", "Pelaporan Kinerja", "15", "10,50", "11,25"])
        #expect(rows[4] == ["4", "Evaluasi Akuntabilitas Kinerja Internal", "25", "16,75", "17,50"])
        #expect(rows[5] == ["", "Nilai Akuntabilitas Kinerja", "100", "74,05", "78,85"])
        #expect(rows[6] == ["", "Predikat", "", "BB", "BB"])
    }

    @Test func lhe_statesTheScorePredikatInterpretationNotesAndRecommendations() throws {
        let evaluation = try AsahanEvaluation.build()
        let text = try OpenedPackage(LHEDocument(evaluation, version: AsahanEvaluation.version, previous: AsahanEvaluation.previous).docx()).documentText
        #expect(text.contains("Yth. Ketua KPU Kabupaten Asahan"))
        #expect(text.contains("memperoleh nilai 78,85 dengan predikat BB (Sangat Baik)"))
        #expect(text.contains("Dibandingkan Tahun 2023 (74,05), nilai naik 4,80 poin."))
        #expect(text.contains("Interpretasi predikat BB (> 70 – 80): Terdapat gambaran bahwa AKIP sangat baik"))
        #expect(text.contains("Keputusan Sekretaris Jenderal KPU Nomor 993 Tahun 2025"))
        #expect(text.contains("Evaluasi dilaksanakan pada 2 Juni 2025 sampai dengan 13 Juni 2025."))
        #expect(text.contains("B. Evaluasi atas Perencanaan Kinerja (bobot 30 %)"))
        #expect(text.contains("RAK belum disusun untuk seluruh indikator PK"))
        #expect(text.contains("Nilai sub-komponen 1.c ditetapkan BB oleh evaluator"))
        #expect(text.contains("Agar menyusun Rencana Aksi Kinerja untuk seluruh indikator PK (penanggung jawab: Sekretaris KPU Kabupaten Asahan; batas waktu: 31 Desember 2025)"))
        #expect(text.contains("G. Tindak Lanjut Hasil Evaluasi Tahun Sebelumnya"))
        #expect(text.contains("Dr. Contoh Evaluator, M.Si."))
        #expect(text.contains("a.n. Inspektur Utama"))
        #expect(text.contains("Tembusan:"))
    }

    @Test func annex_setsTheOfficesAnswerBesideTheEvaluatorsForEveryCriterion() throws {
        let evaluation = try AsahanEvaluation.build()
        let package = try OpenedPackage(LHEDocument(evaluation, version: AsahanEvaluation.version).docx())
        let rows = try #require(package.tableRows(caption: "Tabel L.1 LKE Komponen 1 Perencanaan Kinerja (bobot 30)"))
        #expect(rows[0] == ["No", "Kriteria", "Mandiri", "Evaluasi", "Catatan Evaluator"])
        #expect(rows[1] == ["1.a Keberadaan: Dokumen Perencanaan kinerja telah tersedia (bobot 6)"])
        #expect(rows[2] == ["1.a.1", "Terdapat pedoman teknis perencanaan kinerja.", "Ada (M)", "Ada (M, 1)", ""])
        #expect(rows.contains { $0.first == "1.c.4" && $0.last == "Pemantauan RAK belum terdokumentasi" })
        #expect(rows.contains { $0 == ["", "Nilai sub-komponen 1.a", "BB · 4,80", "A · 5,40", ""] })
        #expect(rows.contains { $0 == ["", "Nilai sub-komponen 1.c", "BB · 12,00", "BB · 12,00", "Ditetapkan sesuai hasil klarifikasi"] })
        #expect(rows.last == ["", "Nilai komponen Perencanaan Kinerja", "24,00", "24,60", ""])
        let criteriaRows = (1...4).compactMap { package.tableRows(caption: "Tabel L.\($0) LKE Komponen \($0) \(AsahanEvaluation.version.components[$0 - 1].title) (bobot \(IndonesianFormat.plain(AsahanEvaluation.version.components[$0 - 1].weight)))") }
            .reduce([], +).filter { $0.count == 5 && $0[0].split(separator: ".").count == 3 }
        #expect(criteriaRows.count == 80)
        let recap = try #require(package.tableRows(caption: "Tabel L.5 Rekapitulasi Penilaian Mandiri dan Hasil Evaluasi"))
        #expect(recap[5] == ["", "Jumlah", "100", "80,00", "78,85", "-1,15"])
    }

    @Test func lhe_isTheSameBytesForTheSameEvaluation() throws {
        let evaluation = try AsahanEvaluation.build()
        #expect(try LHEDocument(evaluation, version: AsahanEvaluation.version).docx() == LHEDocument(evaluation, version: AsahanEvaluation.version).docx())
    }

    @Test func otherLKEVersion_isRefused() throws {
        var other = AsahanEvaluation.version
        other.title = "LKE lain"
        #expect(throws: DocumentError.self) { try LHEDocument(AsahanEvaluation.build(), version: other) }
    }

    @Test(.enabled(if: PDFConversionTests.available, "LibreOffice (soffice) dan poppler-utils tidak terpasang"))
    func lhe_convertsToPDFWithTheScoreTable() throws {
        let lhe = try LHEDocument(AsahanEvaluation.build(), version: AsahanEvaluation.version, previous: AsahanEvaluation.previous)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-lhe-\(UUID().uuidString).pdf")
        try lhe.pdf().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try PDFConversionTests.run(PDFConversionTests.tool("pdftotext")!, ["-layout", file.path, "-"])
        for figure in ["24,60", "25,50", "11,25", "17,50", "78,85", "74,05", "Nilai Akuntabilitas Kinerja", "Sangat Baik", "LAMPIRAN"] {
            #expect(text.contains(figure), "\(figure) missing from the PDF text")
        }
    }
}

@Suite struct EvaluationRecapWorkbookTests {
    @Test func recap_xlsx_hasScoresPerOfficeAndTheDistribution() throws {
        let version = AsahanEvaluation.version
        let evaluation = try AsahanEvaluation.build()
        let other = EvaluationSummary(office: EvaluatedOffice(code: "656024", name: "KPU Kota Pematangsiantar", level: .kabupatenKota),
                                      year: 2024, state: .lheIssued, selfScore: 70, score: Decimal(string: "65.1"), predikat: .b)
        let before = EvaluationSummary(office: evaluation.office, year: 2023, state: .lheIssued, score: Decimal(string: "74.05"), predikat: .bb)
        let recap = EvaluationRecap(title: "KPU Provinsi Sumatera Utara", year: 2024,
                                    current: [other, EvaluationSummary(evaluation, version: version)], previous: [before])
        let workbook = EvaluationRecapWorkbook(recap)
        let tables = workbook.tables()
        #expect(tables[0].rows[0].cells[2].display == "KPU Kabupaten Asahan")
        #expect(tables[0].rows[0].cells[6].display == "78,85")
        #expect(tables[0].rows[0].cells[8].display == "4,80")
        #expect(tables[0].rows.last?.cells[6].display == "71,98")
        #expect(tables[1].rows.map { $0.cells[3].display } == ["0", "0", "1", "1", "0", "0", "0", "2"])
        let package = try OpenedPackage(workbook.xlsx())
        expectValidPackage(package)
        let sheets = package.order.filter { $0.hasPrefix("xl/worksheets/sheet") }.compactMap(package.text).joined()
        #expect(sheets.contains("<v>78.85</v>"))
        #expect(sheets.contains("KPU Kota Pematangsiantar"))
    }
}
