import Foundation
@testable import SakipServer
import Testing
import Vapor

/// Error pages are pages, in Indonesian (issues 16.5 and 11.10): a browser gets HTML whatever its
/// `Accept` says beyond JSON; JSON only when the client asks for it first, and from the preview.
@Suite(.serialized) struct ErrorPageTests {
    static let browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
    static let english = ["Not Found", "Forbidden", "Bad Request", "Payload Too Large", "Unsupported Media Type", "Value was not of type",
                          "No such key", "at path", "Internal Server Error", "Data corrupted"]

    @Test func browserAndStarAccept_getHTMLErrorPages_inIndonesian() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let cases: [(String, HTTPResponseStatus, String)] = [
                (SiteURL.dashboard(office: pematangsiantar, year: 2024).path, .forbidden, "tidak berwenang"),
                ("/tidak-ada", .notFound, "Halaman yang Anda cari tidak ada"),
                ("/kantor/\(asahan)/20x4", .notFound, "Tahun \"20x4\" tidak dikenal"),
                (SiteURL.sheet(office: asahan, year: 2024, sheet: "tidak-ada").path, .notFound, "Tabel \"tidak-ada\" tidak dikenal"),
                (SiteURL.document(office: asahan, year: 2024, name: "lkj.docx").path + "?revisi=abc", .badRequest, "Kolom Revisi: isinya harus bilangan bulat"),
            ]
            for accept in [Self.browserAccept, "*/*", "text/html, application/json"] {
                for (path, status, text) in cases {
                    let page = try await client.send(.GET, path, headers: [("Accept", accept)])
                    #expect(page.status == status, "\(path) \(accept)")
                    #expect(page.headers.contentType == .html, "\(path) \(accept): \(page.body.prefix(200))")
                    #expect(page.body.hasPrefix("<!DOCTYPE html>") && page.body.contains(text), "\(path): \(page.body.prefix(600))")
                    for phrase in Self.english { #expect(!page.body.contains(phrase), "\(path): \(phrase)") }
                }
            }
        }
    }

    @Test func json_onlyWhenAskedFirst_orFromThePreview() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let json = try await client.send(.GET, "/tidak-ada", headers: [("Accept", "application/json, text/html;q=0.9")])
            #expect(json.status == .notFound && json.headers.contentType == .json)
            let answer = try JSONDecoder().decode(FeedbackJSON.self, from: Data(json.body.utf8))
            #expect(!answer.ok && answer.text.contains("tidak ada"))
            let weighted = try await client.send(.GET, "/tidak-ada", headers: [("Accept", "application/json;q=0.5, text/html")])
            #expect(weighted.headers.contentType == .html)
            // The preview answers JSON, errors included, whatever the Accept header says.
            let foreign = try await client.post(SiteURL.capaianPreview(office: pematangsiantar, year: 2024).path, form: ["indicatorId": "I1", "value": "1 %"])
            #expect(foreign.status == .forbidden && foreign.headers.contentType == .json)
            let preview = try await client.post(SiteURL.capaianPreview(office: asahan, year: 2024).path, form: ["indicatorId": "I7", "value": "76 %"])
            #expect(preview.status == .ok && preview.headers.contentType == .json && preview.body.contains("101,33\u{00A0}%"))
        }
    }

    @Test func frameworkMessages_becomeIndonesian_namingTheField() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let path = SiteURL.realisations(office: asahan, year: 2024).path
            let quarter = try await client.post(path, form: ["indicatorId": "I7", "quarter": "empat", "value": "1 %"])
            #expect(quarter.status == .badRequest && quarter.body.contains("Kolom Triwulan: isinya harus bilangan bulat"))
            let xml = try await client.send(.POST, path, headers: [("Content-Type", "application/xml"), (CSRFMiddleware.header, client.csrf ?? "")],
                                            body: ByteBuffer(string: "<a/>"))
            #expect(xml.status == .unsupportedMediaType && xml.body.contains("Jenis isi kiriman tidak didukung"))
            let year = try await client.post(SiteURL.newYear(office: asahan).path, form: [:])
            #expect(year.status == .badRequest && year.body.contains("Kolom Tahun wajib diisi."))
            for page in [quarter, xml, year] {
                for phrase in Self.english { #expect(!page.body.contains(phrase), "\(phrase)") }
            }
        }
    }

    @Test func preferredType_followsQualityThenOrder() {
        #expect(ErrorPageMiddleware.preferredType("application/json") == "application/json")
        #expect(ErrorPageMiddleware.preferredType(Self.browserAccept) == "text/html")
        #expect(ErrorPageMiddleware.preferredType("*/*") == "*/*")
        #expect(ErrorPageMiddleware.preferredType("text/html;q=0.2, application/json;q=0.9") == "application/json")
        #expect(ErrorPageMiddleware.preferredType(nil) == nil)
    }
}
