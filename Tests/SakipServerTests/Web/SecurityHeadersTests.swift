import Foundation
@testable import SakipServer
import Testing
import Vapor

/// The content security policy and the other security headers leave with every kind of response
/// (issue 11.2): pages, redirects, refusals, missing pages, bodies too large, server errors, static files
/// and JSON.
@Suite(.serialized) struct SecurityHeadersTests {
    struct Broken: Error {}

    @Test func everyKindOfResponse_carriesTheSecurityHeaders() async throws {
        try await withDemoApp { app in
            app.get("rusak") { _ -> String in throw Broken() }
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let responses: [(String, WebClient.Page, HTTPResponseStatus)] = [
                ("page", try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path), .ok),
                ("redirect", try await client.get(SiteURL.home.path), .seeOther),
                ("403", try await client.get(SiteURL.dashboard(office: pematangsiantar, year: 2024).path), .forbidden),
                ("404", try await client.get("/tidak-ada"), .notFound),
                ("413", try await client.post(SiteURL.analyses(office: asahan, year: 2024).path,
                                              form: ["actions[I1]": String(repeating: "a", count: 2 * 1024 * 1024 + 1)]), .payloadTooLarge),
                ("500", try await client.get("/rusak"), .internalServerError),
                ("stylesheet", try await client.get(SiteURL.stylesheet.path), .ok),
                ("script", try await client.get(SiteURL.script.path), .ok),
                ("JSON", try await client.post(SiteURL.capaianPreview(office: asahan, year: 2024).path, form: ["indicatorId": "I7", "value": "76 %"]), .ok),
                ("export", try await client.get(SiteURL.export(office: asahan, year: 2024).path), .ok),
                ("sign-in redirect", try await WebClient(app: app).get(SiteURL.offices.path), .seeOther),
            ]
            for (kind, page, status) in responses {
                #expect(page.status == status, "\(kind): \(page.status)")
                #expect(page.headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy, "\(kind)")
                #expect(page.headers.first(name: "X-Frame-Options") == "DENY", "\(kind)")
                #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(kind)")
                #expect(page.headers.first(name: "Referrer-Policy") == "same-origin", "\(kind)")
            }
            #expect(responses[5].1.body.contains("Terjadi kesalahan pada server"))
        }
    }

    @Test func policy_allowsNoInlineScriptOrStyle() {
        let policy = SecurityHeadersMiddleware.contentSecurityPolicy
        #expect(policy.contains("script-src 'self'") && policy.contains("style-src 'self'") && policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
    }

    @Test func pages_carryNoInlineStyleOrScript() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            for path in XSSPages.officeYearPages(asahan, 2024) + [SiteURL.offices.path] {
                let page = try await client.get(path)
                let tags = HTMLTagScanner.startTags(page.body)
                #expect(!tags.contains { $0.value("style") != nil }, "\(path) has a style attribute")
                #expect(!tags.contains { $0.name == "style" }, "\(path) has a <style> element")
                #expect(tags.filter { $0.name == "script" }.allSatisfy { $0.value("src") == SiteURL.script.path }, "\(path) has an inline script")
            }
        }
    }
}
