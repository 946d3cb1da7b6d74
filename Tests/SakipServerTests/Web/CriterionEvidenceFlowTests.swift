import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// Evidence files for the criteria of the self-assessment: the office uploads them while it may change its
/// answers, the evaluator downloads them beside its scoring, and after submission they are fixed.
@Suite(.serialized) struct CriterionEvidenceFlowTests {
    static let pdf = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

    @Test func officeUploads_evaluatorDownloads_andAfterSubmissionTheFilesAreFixed() async throws {
        try await withDemoApp { app in
            let office = try await EvaluationFlowTests.start(app)
            let page = SiteURL.selfAssessment(office: asahan, year: 2024).path
            _ = try await office.get(page)
            let upload = SiteURL.uploadCriterionEvidence(office: asahan, year: 2024).path
            let saved = try await office.postFile(upload, fileName: "renstra-2020-2024.pdf", data: Self.pdf, fields: ["criterionId": "1.a.1"])
            #expect(saved.status == .seeOther)
            let wrongType = try await office.postFile(upload, fileName: "bukti.pdf", data: Data("MZ\u{90}\u{0}not a pdf".utf8),
                                                      fields: ["criterionId": "1.a.1"])
            #expect(wrongType.status == .unprocessableEntity)
            #expect(wrongType.body.contains("Bukti kriteria 1.a.1 tidak disimpan"))
            let unknown = try await office.postFile(upload, fileName: "x.pdf", data: Self.pdf, fields: ["criterionId": "9.z.9"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.contains("Kolom Kriteria"))

            let listed = try await office.get(page)
            #expect(listed.body.contains("renstra-2020-2024.pdf"))
            let link = try #require(listed.body.range(of: "/kantor/\(asahan)/2024/evaluasi/bukti/[0-9A-F-]{36}", options: .regularExpression))
            let path = String(listed.body[link])

            _ = try await office.post(page, form: EvaluationFlowTests.allMet())
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            _ = try await leader.get(page)
            #expect(try await leader.post(SiteURL.submitSelfAssessment(office: asahan, year: 2024).path, form: [:]).status == .seeOther)

            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            let scoring = try await evaluator.get(SiteURL.scoring(office: asahan, year: 2024).path)
            #expect(scoring.body.contains(path))
            let download = try await evaluator.get(path)
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(download.body.hasPrefix("%PDF-1.4"))

            _ = try await office.get(page)
            let late = try await office.postFile(upload, fileName: "terlambat.pdf", data: Self.pdf, fields: ["criterionId": "1.a.2"])
            #expect(late.status == .conflict)
            #expect(late.body.contains("hanya dapat diubah kantor sampai diajukan"))
            let removed = try await office.post(path + "/hapus", form: [:])
            #expect(removed.status != .seeOther)
            let trail = try await leader.get(SiteURL.auditTrail(office: asahan, year: 2024).path)
            #expect(trail.body.contains("renstra-2020-2024.pdf"))
        }
    }
}
