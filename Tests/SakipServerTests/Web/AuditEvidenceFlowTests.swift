import Foundation
@testable import SakipServer
import Testing
import Vapor
import ZIPFoundation

/// The audit trail page and workbook, "diubah oleh … pada …" beside figures, evidence files and the export bundle.
@Suite(.serialized) struct AuditEvidenceFlowTests {
    static let pdf = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

    @Test func realisationChange_isListedWithBeforeAndAfter_andNamedBesideTheFigure() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app), ketua = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            try await ketua.login("ketua.asahan")
            let realisations = SiteURL.realisations(office: asahan, year: 2024).path
            let saved = try await operatorClient.post(realisations, form: ["indicatorId": "I7", "quarter": "2", "value": "61,5 %",
                                                                            "explanation": "rekap TW2"])
            #expect(saved.status == .seeOther)

            let page = try await operatorClient.get(realisations)
            #expect(page.body.contains("diubah oleh operator.asahan pada"))

            let trail = try await ketua.get(SiteURL.auditTrail(office: asahan, year: 2024).path)
            #expect(trail.status == .ok)
            #expect(trail.body.contains("operator.asahan"))
            #expect(trail.body.contains("I7 TW2"))
            #expect(trail.body.contains("61.5") || trail.body.contains("61,5"))
            let nobody = try await ketua.get(SiteURL.auditTrail(office: asahan, year: 2024).path + "?orang=ketua.asahan")
            #expect(!nobody.body.contains("I7 TW2"))
            let badDate = try await ketua.get(SiteURL.auditTrail(office: asahan, year: 2024).path + "?dari=kemarin")
            #expect(badDate.status == .badRequest)
            #expect(badDate.body.contains("Dari tanggal"))

            let workbook = try await ketua.get(SiteURL.auditTrailWorkbook(office: asahan, year: 2024).path + "?tabel=realisations")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.first(name: .contentDisposition)?.contains("jejak-\(asahan)-2024.xlsx") == true)
            let sheet = try Self.entry("xl/sharedStrings.xml", of: workbook.bytes)
                ?? Self.entry("xl/worksheets/sheet1.xml", of: workbook.bytes)
            #expect(sheet?.contains("I7 TW2") == true)
        }
    }

    @Test func auditTrail_isClosedToAnotherOffice_andHasNoRouteThatChangesIt() async throws {
        try await withDemoApp { app in
            let foreign = WebClient(app: app)
            try await foreign.login("operator.pematangsiantar")
            #expect(try await foreign.get(SiteURL.auditTrail(office: asahan, year: 2024).path).status == .forbidden)
            #expect(try await foreign.get(SiteURL.auditTrailWorkbook(office: asahan, year: 2024).path).status == .forbidden)
            let writes = app.routes.all.filter { $0.method != .GET && $0.path.map(\.description).contains("jejak") }
            #expect(writes.isEmpty)
        }
    }

    @Test func budgetLineChange_isNamedBesideTheLine() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let budget = SiteURL.budget(office: asahan, year: 2024).path
            let before = try await client.get(budget)
            #expect(!before.body.contains("diubah oleh operator.asahan"))
            let saved = try await client.post(budget, form: ["code": "076.01.CQ.6870.QGE.002", "pagu": "8.016.000", "realisasi": "8.000.000"])
            #expect(saved.status == .seeOther)
            let after = try await client.get(budget)
            // The note sits in the edited line's own row (QGE.002 under CQ.6870, not the QGE.002 of another kegiatan).
            let input = try #require(after.body.range(of: "form=\"f-076.01.CQ.6870.QGE.002\" aria-label=\"Pagu"))
            let rowStart = try #require(after.body.range(of: "<tr", options: .backwards, range: after.body.startIndex..<input.lowerBound))
            #expect(after.body[rowStart.lowerBound..<input.lowerBound].contains("diubah oleh operator.asahan pada"))
            #expect(after.body.components(separatedBy: "diubah oleh").count == 2)
        }
    }

    @Test func evidenceFile_isSniffed_servedAsAttachment_inTheBundle_andRemovable() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let upload = SiteURL.uploadEvidence(office: asahan, year: 2024).path
            let refused = try await client.postFile(upload, fileName: "notulen.pdf", data: Data("<script>alert(1)</script>".utf8),
                                                    fields: ["indicatorId": "I7", "quarter": "2"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("notulen.pdf"))

            let stored = try await client.postFile(upload, fileName: "notulen rapat.pdf", data: Self.pdf,
                                                   fields: ["indicatorId": "I7", "quarter": "2"])
            #expect(stored.status == .seeOther)
            let page = try await client.get(SiteURL.realisations(office: asahan, year: 2024).path)
            #expect(page.body.contains("notulen rapat.pdf"))
            let prefix = SiteURL.evidenceFile(office: asahan, year: 2024, id: "").path
            let start = try #require(page.body.range(of: prefix))
            let id = String(page.body[start.upperBound...].prefix { $0 != "\"" })

            let download = try await client.get(prefix + id)
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.bytes == Self.pdf)

            let bundle = try await client.get(SiteURL.exportBundle(office: asahan, year: 2024).path)
            #expect(bundle.status == .ok)
            let zip = bundle.bytes
            #expect(try Self.entry("data-kinerja.json", of: zip)?.contains("\"\(asahan)\"") == true)
            #expect(try Self.entry("bukti/daftar.json", of: zip)?.contains("notulen rapat.pdf") == true)
            #expect(try Self.entry("bukti/realisasi/I7 TW2/1-notulen rapat.pdf", of: zip).map { Data($0.utf8) } == Self.pdf)

            let foreign = WebClient(app: app)
            try await foreign.login("operator.pematangsiantar")
            #expect(try await foreign.get(prefix + id).status == .forbidden)

            let removed = try await client.post(SiteURL.deleteEvidence(office: asahan, year: 2024, id: id).path, form: [:])
            #expect(removed.status == .seeOther)
            #expect(try await client.get(prefix + id).status == .notFound)
            let trail = try await client.get(SiteURL.auditTrail(office: asahan, year: 2024).path + "?tabel=bukti")
            #expect(trail.body.contains("notulen rapat.pdf"))
        }
    }

    /// The text of one entry of a ZIP, or nil when absent.
    static func entry(_ path: String, of zip: Data) throws -> String? {
        let archive = try Archive(data: zip, accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
