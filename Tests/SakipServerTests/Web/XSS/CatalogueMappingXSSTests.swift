import Foundation
import SakipCore
@testable import SakipServer
import Testing
import Vapor

/// The catalogue mapping page shows office indicators' wordings, typed by every office: a payload in a statement (or
/// sent in the decision form) is text on the page, in its table, its hidden fields, its history and its error messages.
@Suite(.serialized) struct CatalogueMappingXSSTests {
    @Test func statementPayloads_areEscaped_onTheCatalogueMappingPage_itsFormsAndItsHistory() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            let file = try XSSPages.poisonedSeed("asahan-2024-corrected", officeName: XSSTests.officeNamePayload)
            let imported = try await admin.postMultipart(SiteURL.importFile.path, fileName: "asahan.json", fileContent: file)
            #expect(imported.status == .ok, "\(imported.body.prefix(1000))")
            let base = SiteURL.catalogueMapping.path + "?tahun=2024&provinsi=\(sumut)"
            let paths = [base] + MappingReview.Group.allCases.map { base + "&status=\($0.rawValue)" }

            let opened = try await XSSPages.check(admin, paths, as: "admin")

            #expect(opened == paths.count)
            let page = try await admin.get(base)
            #expect(page.body.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;") || page.body.contains("window.__xss="))
            #expect(page.body.contains("svg onload=window.__xss=20&gt;"))

            // A poisoned row decided: its wording goes to the audit trail and the page's history, as text.
            let review = MappingReview(year: 2024, input: try await OfficeYearStore(database: app.db).consolidationInput(.national, years: [2024], today: .today))
            let poisoned = try #require(review.rows.first { $0.office.code == asahan && $0.statement.contains("__xss") && $0.decision == nil })
            let decided = try await admin.post(SiteURL.catalogueDecision.path, form: CatalogueMappingFlowTests.form(poisoned, "bukan"))
            #expect(decided.status == .seeOther)
            let open = base + "&pilih=\(WebClient.encode(CatalogueMappingSelection.rowKey(poisoned)))"
            try await XSSPages.check(admin, [base, open, SiteURL.catalogueMapping.path], as: "admin after decision")
            try await XSSPages.check(admin, [SiteURL.consolidation(office: sumut, year: 2024).path], as: "admin consolidation")

            // Payloads in every field of the forms: refused (or shown) as text.
            var index = 0
            func next() -> String { index += 1; return XSSCorpus.payload(index, label: "isian") }
            for _ in 0..<3 {
                let fields = ["tahun", "provinsi", "status", "halaman", "kantor", "indikator", "pernyataan", "keputusan", "usulan", "kode", "sebelum"]
                var form = Dictionary(uniqueKeysWithValues: fields.map { ($0, next()) })
                let refused = try await admin.post(SiteURL.catalogueDecision.path, form: form)
                #expect(refused.status.code < 500)
                #expect(XSSCheck.problems(in: refused.body, page: "refused decision").isEmpty)
                form["tahun"] = "2024"
                form["kantor"] = asahan
                form["keputusan"] = index % 2 == 0 ? "usulan" : "kode"
                let refusedRow = try await admin.post(SiteURL.catalogueDecision.path, form: form)
                #expect(refusedRow.status.code < 500)
                #expect(XSSCheck.problems(in: refusedRow.body, page: "refused row").isEmpty)
                let bulk = try await admin.post(SiteURL.confirmStrongSuggestions.path, form: ["tahun": "2024", "provinsi": next()])
                #expect(bulk.status == .unprocessableEntity)
                #expect(XSSCheck.problems(in: bulk.body, page: "refused bulk").isEmpty)
                let query = try await admin.get(SiteURL.catalogueMapping.path + "?provinsi=\(WebClient.encode(next()))&status=\(WebClient.encode(next()))&pilih=\(WebClient.encode(next()))")
                #expect(query.status == .ok)
                #expect(XSSCheck.problems(in: query.body, page: "query").isEmpty)
            }
        }
    }
}
