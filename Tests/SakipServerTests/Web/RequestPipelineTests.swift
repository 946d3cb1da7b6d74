import Foundation
import NIOCore
import SakipCore
@testable import SakipServer
import Testing
import Vapor

/// The order every state-changing request goes through (issue 11.1 and 11.4): the user and their right,
/// from the session and the path; then the whole body, within the route's limit; then the CSRF token.
@Suite(.serialized) struct RequestPipelineTests {
    /// A long paragraph, as an office writes its vision or analysis.
    static func paragraph(_ bytes: Int) -> String {
        let sentence = "Terwujudnya penyelenggara pemilu yang mandiri, profesional dan berintegritas di Kabupaten Asahan. "
        return String(String(repeating: sentence, count: bytes / sentence.utf8.count + 1).prefix(bytes))
    }

    @Test func formsOfSeveralKilobytes_streamedInPieces_passTheCSRFCheck_andAreSaved() async throws {
        try await withRunningDemoApp { app, port in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let cookie = try #require(client.cookie)
            func stream(_ url: SiteURL, _ form: [String: String]) async throws -> StreamingClient.Answer {
                let body = client.formBody(form)
                return try await StreamingClient.send(port: port, path: url.path, headers: [
                    ("Cookie", cookie), ("Content-Type", "application/x-www-form-urlencoded"),
                ], body: Array(body.utf8))
            }
            // The profile (about 5 KB), as the browser sends it.
            let vision = Self.paragraph(5000)
            let profile = try await stream(.profile(office: asahan, year: 2024), [
                "renstraStart": "2020", "renstraEnd": "2024", "lowerIsBetterFormula": "mirror", "city": "Kisaran", "vision": vision,
            ])
            #expect(profile.status == 303, "\(profile.status) \(profile.body.prefix(500))")
            #expect(try await client.get(SiteURL.profile(office: asahan, year: 2024).path).body.contains(String(vision.suffix(60))))

            // The indicator table as it stands, pasted back (several kilobytes).
            let table = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            let indicators = SheetEditor.text(Sheet.sheet(.indicators, for: table), of: table)
            #expect(indicators.utf8.count > 2000)
            let sheet = try await stream(.sheet(office: asahan, year: 2024, sheet: "indikator"), ["rows": indicators])
            #expect(sheet.status == 303, "\(sheet.status) \(sheet.body.prefix(500))")

            // The analysis page with 20 KB of narrative: past Vapor's old 16 KB default as well.
            let narrative = Self.paragraph(20_000)
            let analysis = try await stream(.analyses(office: asahan, year: 2024), ["actions[I1]": narrative, "obstacles[I1]": "Cuaca."])
            #expect(analysis.status == 303, "\(analysis.status) \(analysis.body.prefix(500))")
            #expect(try await client.get(SiteURL.analyses(office: asahan, year: 2024).path).body.contains(String(narrative.suffix(60))))
        }
    }

    @Test func aFormPastItsLimit_isRefusedWith413_sayingTheLimitInIndonesian() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let small = try await client.post(SiteURL.analyses(office: asahan, year: 2024).path, form: ["actions[I1]": Self.paragraph(100_000)])
            #expect(small.status == .seeOther)
            let large = try await client.post(SiteURL.analyses(office: asahan, year: 2024).path, form: ["actions[I1]": Self.paragraph(2 * 1024 * 1024 + 10)])
            #expect(large.status == .payloadTooLarge)
            #expect(large.body.contains("paling banyak 2 MB"))
            #expect(!large.body.contains("Payload Too Large"))
            #expect(large.headers.contentType == .html)

            let upload = try await client.postMultipart(SiteURL.importFile.path, fileName: "besar.json",
                                                        fileContent: String(repeating: " ", count: 20 * 1024 * 1024 + 10))
            #expect(upload.status == .payloadTooLarge)
            #expect(upload.body.contains("Berkas terlalu besar: paling banyak 20 MB"))
        }
    }

    @Test func aStreamedBodyPastItsLimit_isRefusedWith413InIndonesian() async throws {
        try await withRunningDemoApp { app, port in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let body = client.formBody(["actions[I1]": Self.paragraph(2 * 1024 * 1024 + 10)])
            let answer = try await StreamingClient.send(port: port, path: SiteURL.analyses(office: asahan, year: 2024).path, headers: [
                ("Cookie", client.cookie ?? ""), ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: Array(body.utf8), piece: 64 * 1024, pause: .zero)
            #expect(answer.status == 413)
            #expect(answer.body.contains("paling banyak 2 MB"))
            #expect(answer.headers["content-security-policy"] == SecurityHeadersMiddleware.contentSecurityPolicy)
        }
    }

    @Test func aRoleWithoutTheRight_isRefusedBeforeItsBodyIsRead() async throws {
        try await withDemoApp { app in
            let broken = ByteBuffer(string: "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{\"renstra\": {\"startYear\": 2024, \"endYear\": 2020")
            let multipart = [("Content-Type", "multipart/form-data; boundary=x")]
            // A reviewer may not import at all: refused, the broken file never parsed.
            let reviewer = WebClient(app: app)
            try await reviewer.login("inspektorat")
            let refused = try await reviewer.send(.POST, SiteURL.importFile.path, headers: multipart, body: broken)
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains("tidak dapat mengimpor"))
            // Even a body past the upload limit: the right is decided first.
            let huge = try await reviewer.send(.POST, SiteURL.importFile.path, headers: multipart,
                                               body: ByteBuffer(repeating: 0x20, count: 21 * 1024 * 1024))
            #expect(huge.status == .forbidden)
            // A read-only evaluator posting to a form it can read but not change.
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            let profile = try await evaluator.send(.POST, SiteURL.profile(office: asahan, year: 2024).path,
                                                   headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                                   body: ByteBuffer(repeating: 0x25, count: 3 * 1024 * 1024))
            #expect(profile.status == .forbidden)
            #expect(profile.body.contains("tidak dapat mengubah data kantor ini"))
            // Nobody signed in: sent to the sign-in page, whatever the body.
            let anonymous = try await WebClient(app: app).send(.POST, SiteURL.importFile.path, headers: multipart,
                                                               body: ByteBuffer(repeating: 0x20, count: 21 * 1024 * 1024))
            #expect(anonymous.status == .seeOther && anonymous.location == SiteURL.login.path)
        }
    }

    @Test func aBrokenBodyFromARoleWithTheRight_isRefusedWith400InIndonesian_notAServerError() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let token = try #require(client.csrf)
            let broken = try await client.send(.POST, SiteURL.importFile.path, headers: [
                ("Content-Type", "multipart/form-data; boundary=x"), (CSRFMiddleware.header, token),
            ], body: ByteBuffer(string: "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nterpotong"))
            #expect(broken.status == .badRequest)
            #expect(broken.body.contains("tidak dapat dibaca"))
            let missing = try await client.post(SiteURL.realisations(office: asahan, year: 2024).path, form: ["indicatorId": "I7", "value": "1 %"])
            #expect(missing.status == .badRequest)
            #expect(missing.body.contains("Kolom Triwulan wajib diisi."))
        }
    }

    @Test func everyRoute_declaresItsPermission_andEveryFormItsBodyLimit() async throws {
        try await withDemoApp { app in
            var declared: [String: (Permission, BodyLimit?)] = [:]
            for route in app.routes.all {
                let path = route.method.rawValue + " /" + route.path.map(\.description).joined(separator: "/")
                let permission = try #require(RouteRules.permission(of: route), "\(path) has no permission")
                if route.method != .GET { #expect(RouteRules.bodyLimit(of: route) != nil, "\(path) reads a body without a limit") }
                declared[path] = (permission, RouteRules.bodyLimit(of: route))
            }
            let expected: [String: (Permission, BodyLimit?)] = [
                "POST /impor": (.importer, .upload),
                "POST /kantor/:office/:year/data/:sheet/impor": (.office(.edit), .upload),
                "POST /kantor/:office/:year/profil": (.office(.edit), .form),
                "POST /kantor/:office/:year/pk/:level/tandatangani": (.office(.sign), .form),
                "POST /kantor/:office/:year/lkj/finalkan": (.office(.sign), .form),
                "POST /kantor/:office/:year/komentar": (.office(.comment), .form),
                "POST /kantor/:office/tahun-baru": (.office(.edit), .form),
                "POST /admin/pengguna": (.nationalAdmin, .form),
                "POST /masuk": (.anyone, .signIn),
                "GET /kantor/:office/:year/ekspor.json": (.office(.read), nil),
                "POST /kantor/:office/:year/evaluasi/mulai": (.evaluation(.editSelfAssessment), .form),
                "POST /kantor/:office/:year/evaluasi/mandiri": (.evaluation(.editSelfAssessment), .form),
                "POST /kantor/:office/:year/evaluasi/mandiri/ajukan": (.evaluation(.submitSelfAssessment), .form),
                "POST /kantor/:office/:year/evaluasi/penilaian": (.evaluation(.editScoring), .form),
                "POST /kantor/:office/:year/evaluasi/lhe/terbitkan": (.evaluation(.issueLHE), .form),
                "POST /kantor/:office/:year/evaluasi/tindak-lanjut": (.evaluation(.recordFollowUp), .form),
                "POST /kantor/:office/:year/evaluasi/tindak-lanjut/verifikasi": (.evaluation(.verifyFollowUp), .form),
                "GET /kantor/:office/:year/evaluasi/lhe/:name": (.evaluation(.read), nil),
                "GET /kantor/:office/:year/rekap-evaluasi": (.evaluationRecap, nil),
                "GET /kantor/:office/:year/rekap-evaluasi.xlsx": (.evaluationRecap, nil),
                "POST /admin/lke": (.nationalAdmin, .upload),
                "POST /admin/lke/status": (.nationalAdmin, .form),
                "POST /kantor/:office/:year/lkj/buka-kembali": (.office(.sign), .form),
                "POST /kantor/:office/:year/evaluasi/bukti": (.evaluation(.editSelfAssessment), .upload),
                "GET /kantor/:office/:year/evaluasi/bukti/:id": (.evaluation(.read), nil),
                "POST /kantor/:office/:year/evaluasi/bukti/:id/hapus": (.evaluation(.editSelfAssessment), .form),
                "GET /kantor/:office/:year/pengajuan": (.submission(.read), nil),
                "POST /kantor/:office/:year/pengajuan/:document/ajukan": (.submission(.submit), .form),
                "POST /kantor/:office/:year/pengajuan/:document/kembalikan": (.submission(.decide), .form),
                "POST /kantor/:office/:year/pengajuan/:document/terima": (.submission(.decide), .form),
                "POST /kantor/:office/:year/pengajuan/catatan/:id/jawab": (.submission(.answer), .form),
                "GET /kantor/:office/:year/pengajuan/:document/:version": (.submission(.read), nil),
                "GET /kantor/:office/:year/dokumen-diterima.zip": (.office(.read), nil),
                "GET /admin/tenggat": (.nationalAdmin, nil),
                "POST /admin/tenggat": (.nationalAdmin, .form),
                "GET /admin/katalog-indikator": (.catalogueMapping, nil),
                "POST /admin/katalog-indikator/putuskan": (.catalogueMapping, .form),
                "POST /admin/katalog-indikator/konfirmasi-kuat": (.catalogueMapping, .form),
            ]
            for (path, rule) in expected {
                let found = try #require(declared[path], "\(path) is not registered")
                #expect(found.0 == rule.0 && found.1 == rule.1, "\(path): \(found)")
            }
            let officeWrites = declared.filter { $0.key.hasPrefix("POST /kantor/") && !$0.key.hasSuffix("/pratinjau") }
            // Every write on an office-year: its data, PKs, LKj (finalising and reopening), evidence, evaluation and submission.
            #expect(officeWrites.count == 33)
            #expect(officeWrites.allSatisfy { $0.value.0 != .office(.read) && $0.value.0 != .evaluation(.read) && $0.value.0 != .submission(.read)
                && $0.value.0 != .anyone })
        }
    }
}
