import Foundation
@testable import SakipServer
import SakipCore
import SakipDocuments
import Testing
import Vapor

/// Documents downloaded from the application are the documents the core makes from the stored data.
@Suite(.serialized) struct DocumentFlowTests {
    @Test func leader_downloadsTheLKj_PK_RKT_andLembarReviu() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("ketua.asahan")
            let list = try await client.get(SiteURL.documents(office: asahan, year: 2024).path)
            #expect(list.status == .ok)
            #expect(list.body.contains("lkj.docx"))
            #expect(list.body.contains("pk-sekretaris.docx?revisi=0"))
            let stored = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            for (name, kind, format, level) in [("lkj.docx", DocumentRenderer.Kind.lkj, DocumentRenderer.Format.docx, PerformanceAgreement.Level.ketua),
                                                ("lkj.xlsx", .lkj, .xlsx, .ketua), ("pk-sekretaris.docx", .pk, .docx, .sekretaris),
                                                ("rkt.docx", .rkt, .docx, .ketua)] {
                let response = try await app.testing().sendRequest(.GET, SiteURL.document(office: asahan, year: 2024, name: name).path,
                                                                   headers: ["Cookie": client.cookie ?? ""])
                #expect(response.status == .ok, "\(name)")
                #expect(response.headers.contentType?.serialize() == format.mediaType, "\(name)")
                #expect(response.headers.first(name: .contentDisposition)?.contains("-655921-2024.\(format.rawValue)") == true)
                let expected = try DocumentRenderer.render(kind, stored, format: format, level: level, tocPageNumbers: kind == .lkj)
                #expect(Data(buffer: response.body) == expected, "\(name) is the document of the stored data")
            }
            let reviu = try await app.testing().sendRequest(.GET, SiteURL.document(office: asahan, year: 2024, name: "reviu.docx").path,
                                                            headers: ["Cookie": client.cookie ?? ""])
            #expect(reviu.status == .ok)
            #expect(Data(buffer: reviu.body).starts(with: [0x50, 0x4B]))
        }
    }

    @Test func unknownDocumentOrRevision_isNotFound_inIndonesian() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let unknown = try await client.get(SiteURL.document(office: asahan, year: 2024, name: "laporan.exe").path)
            #expect(unknown.status == .notFound)
            #expect(unknown.body.contains("tidak dikenal"))
            let revision = try await client.get(SiteURL.document(office: asahan, year: 2024, name: "pk-ketua.docx").path + "?revisi=9")
            #expect(revision.status == .notFound)
            #expect(revision.body.contains("revisi 9"))
        }
    }

    @Test func pdf_isMadeWithLibreOffice_orRefusedWithAClearMessage() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let response = try await app.testing().sendRequest(.GET, SiteURL.document(office: asahan, year: 2024, name: "pk-ketua.pdf").path,
                                                               headers: ["Cookie": client.cookie ?? ""])
            if PDFConverter.sofficePath() != nil {
                #expect(response.status == .ok)
                #expect(Data(buffer: response.body).starts(with: Array("%PDF".utf8)))
            } else {
                #expect(response.status == .serviceUnavailable)
                #expect(response.body.string.contains("LibreOffice"))
            }
        }
    }
}
