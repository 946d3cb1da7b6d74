import Foundation
@testable import SakipServer
import Testing
import Vapor

@Suite(.serialized) struct LoginTests {
    @Test func signInPage_hasTheFormAndACSRFField() async throws {
        try await withDemoApp { app in
            let page = try await WebClient(app: app).get(SiteURL.login.path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Masuk ke e-SAKIP KPU"))
            #expect(page.body.contains("name=\"_csrf\""))
        }
    }

    @Test func wrongPassword_isRefusedInIndonesian_andKeepsTheUsername() async throws {
        try await withDemoApp { app in
            let page = try await WebClient(app: app).login("operator.asahan", password: "salah")
            #expect(page.status == .unauthorized)
            #expect(page.body.contains("Nama pengguna atau kata sandi salah."))
            #expect(page.body.contains("value=\"operator.asahan\""))
        }
    }

    @Test func rightPassword_opensASecureHttpOnlySession() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            let page = try await client.login("operator.asahan")
            #expect(page.status == .seeOther)
            #expect(page.location == SiteURL.offices.path)
            let cookie = page.headers.first(name: .setCookie) ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.lowercased().contains("samesite=lax"))
            let offices = try await client.get(SiteURL.offices.path)
            #expect(offices.body.contains("KPU Kabupaten Asahan"))
            #expect(!offices.body.contains("KPU Kota Pematangsiantar"))
        }
    }

    @Test func repeatedFailures_areThrottled() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            for _ in 0..<5 { try await client.login("ketua.asahan", password: "tebakan") }
            let page = try await client.login("ketua.asahan")
            #expect(page.status == .tooManyRequests)
            #expect(page.body.contains("Terlalu banyak percobaan masuk"))
        }
    }

    @Test func formWithoutCSRFToken_isRefused() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let page = try await client.post(SiteURL.comments(office: asahan, year: 2024).path,
                                             form: ["subject": "umum", "text": "tanpa token"], csrf: false)
            #expect(page.status == .forbidden)
            #expect(page.body.contains("token CSRF"))
        }
    }

    @Test func signedOutVisitor_isSentToSignIn() async throws {
        try await withDemoApp { app in
            let page = try await WebClient(app: app).get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(page.status == .seeOther)
            #expect(page.location == SiteURL.login.path)
        }
    }
}
