import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// The dashboard's body is rendered once per stored state and kept: each session still gets its own CSRF
/// token, and a change (a realisation, a comment) shows on the next request.
@Suite(.serialized) struct RenderedPageCacheTests {
    static func tokens(_ body: String) -> Set<String> {
        let pattern = /name="_csrf" value="([^"]*)"/
        return Set(body.matches(of: pattern).map { String($0.output.1) })
    }

    @Test func twoSessions_eachSeeTheirOwnToken_andAChangeShowsAtOnce() async throws {
        try await withDemoApp { app in
            let dashboard = SiteURL.dashboard(office: asahan, year: 2024).path
            let first = WebClient(app: app), second = WebClient(app: app)
            try await first.login("operator.asahan")
            try await second.login("ketua.asahan")
            let a = try await first.get(dashboard), b = try await second.get(dashboard), again = try await first.get(dashboard)
            #expect(Self.tokens(a.body).count == 1 && Self.tokens(b.body).count == 1)
            #expect(Self.tokens(a.body) != Self.tokens(b.body))
            #expect(Self.tokens(again.body) == Self.tokens(a.body))
            #expect(!b.body.contains(try #require(Self.tokens(a.body).first)))

            #expect(try await second.post(SiteURL.comments(office: asahan, year: 2024).path,
                                          form: ["subject": "Umum", "text": "Periksa target I7 sebelum ditandatangani"]).status == .seeOther)
            #expect(try await first.get(dashboard).body.contains("Periksa target I7 sebelum ditandatangani"))

            _ = try await first.get(SiteURL.realisations(office: asahan, year: 2024).path)
            #expect(try await first.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                         form: ["indicatorId": "I7", "quarter": "4", "value": "12,34 %"]).status == .seeOther)
            #expect(try await first.get(dashboard).body.contains("12,34"))
        }
    }

    /// The province's consolidation is built and rendered once per stored data version: a submission written straight
    /// into the database (as another instance or a tool would) shows on the next request, without any route of this
    /// process having been told.
    @Test func aKeptConsolidation_isNotServedAfterAChangeByAnotherWriter() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("evaluator.sumut")
            let path = SiteURL.consolidation(office: sumut, year: 2024).path
            func siantarRow() async throws -> String {
                let page = try await client.get(path)
                #expect(page.status == .ok)
                return try #require(page.body.components(separatedBy: "id=\"status-\(pematangsiantar)\"").last?.components(separatedBy: "</tr>").first)
            }
            let first = try await siantarRow()
            #expect(first.contains("Draf"))
            #expect(try await siantarRow() == first)

            try await ConsolidationFlowTests.storeAcceptedPK(officeCode: pematangsiantar, firstSubmittedOn: "2024-01-20", daysLate: nil, on: app.db)

            let after = try await siantarRow()
            #expect(after != first)
            #expect(after.contains("Diterima"))
        }
    }

    @Test func aTemplate_putsTheTokenWhereItBelongs_escaped() {
        let template = HTMLRenderer.template { csrf in .form(.input(.type(.hidden), .name("_csrf"), .value(csrf)), .p(.text("<b>x</b>"))) }
        let html = HTMLRenderer.fragment(template.filled(csrf: "a\"b<c"))
        #expect(html == "<form><input type=\"hidden\" name=\"_csrf\" value=\"a&quot;b&lt;c\"><p>&lt;b&gt;x&lt;/b&gt;</p></form>")
    }
}
