import Foundation
import SakipCore
@testable import SakipServer
import Testing
import Vapor

/// Stored XSS (issue 11.2): a payload put into any free-text field, by import, form or pasted table,
/// never becomes markup on any page, for any role.
@Suite(.serialized) struct XSSTests {
    static let officeNamePayload = "KPU \"><svg onload=window.__xss=20> <script>window.__xss=21</script>"

    @Test func payloadsImportedIntoEveryTextField_neverBecomeMarkup_onAnyPage() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            for (seed, office) in [("asahan-2024-corrected", asahan), ("pagaralam-2024-corrected", "pagaralam")] {
                let file = try XSSPages.poisonedSeed(seed, officeName: Self.officeNamePayload)
                let imported = try await admin.postMultipart(SiteURL.importFile.path, fileName: "\(office).json", fileContent: file)
                #expect(imported.status == .ok && imported.body.contains("berhasil diimpor"), "\(seed): \(imported.status) \(imported.body.prefix(2000))")
                #expect(XSSCheck.problems(in: imported.body, page: "import").isEmpty)
                let opened = try await XSSPages.check(admin, XSSPages.officeYearPages(office, 2024) + XSSPages.sitePages, as: "admin")
                #expect(opened >= 30)
            }
            // The payloads are on the pages, shown as text.
            let dashboard = try await admin.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("KPU &quot;&gt;&lt;svg onload=window.__xss=20&gt;") || dashboard.body.contains("KPU \"&gt;&lt;svg onload=window.__xss=20&gt;"))
            #expect(dashboard.body.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;") || dashboard.body.contains("window.__xss=1&lt;"))
            for account in ["operator.asahan", "ketua.asahan", "evaluator.sumut", "operator.pagaralam", "inspektorat"] {
                let client = WebClient(app: app)
                try await client.login(account)
                let office = account.hasSuffix("pagaralam") ? "pagaralam" : asahan
                try await XSSPages.check(client, XSSPages.officeYearPages(office, 2024) + XSSPages.sitePages, as: account)
            }
        }
    }

    @Test func payloadsTypedIntoEveryForm_neverBecomeMarkup_onAnyPage() async throws {
        try await withDemoApp { app in
            let year = 2024
            var payload = 0
            func next(_ label: String = "") -> String { payload += 1; return XSSCorpus.payload(payload, label: label) }

            // The admin: an office and an account, both named with payloads.
            let admin = WebClient(app: app)
            try await admin.login("admin")
            let sumut = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024)?.office.parentCode)
            let office = try await admin.post(SiteURL.newOffice.path, form: ["code": "xss-kab", "name": Self.officeNamePayload, "level": "kabupatenKota", "parent": sumut])
            #expect(office.status == .seeOther)
            let account = try await admin.post(SiteURL.users.path, form: ["username": "xss.operator", "name": next("Nama"), "role": "officeOperator",
                                                                            "office": asahan, "password": "sandi-yang-panjang-2024"])
            #expect(account.status == .seeOther)
            let refusedAccount = try await admin.post(SiteURL.users.path, form: ["username": next(), "name": next(), "role": next(), "office": next(), "password": "x"])
            #expect(refusedAccount.status == .unprocessableEntity)
            #expect(XSSCheck.problems(in: refusedAccount.body, page: "refused account").isEmpty)
            let refusedOffice = try await admin.post(SiteURL.newOffice.path, form: ["code": next(), "name": next(), "level": next(), "parent": next()])
            #expect(XSSCheck.problems(in: refusedOffice.body, page: "refused office").isEmpty)

            // The operator: the profile, a realisation, the analysis, a comment, pasted tables, refused forms.
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            var profile = ["renstraStart": "2020", "renstraEnd": "2024", "lowerIsBetterFormula": "mirror", "email": next("kpu") + "@kpu.go.id"]
            for field in ["address", "phone", "website", "city", "province", "decree", "vision", "missions", "policies"] { profile[field] = next(field) }
            let savedProfile = try await operatorClient.post(SiteURL.profile(office: asahan, year: year).path, form: profile)
            #expect(savedProfile.status == .seeOther, "\(savedProfile.body.prefix(1500))")
            let realisation = try await operatorClient.post(SiteURL.realisations(office: asahan, year: year).path, form: [
                "indicatorId": "I7", "quarter": "4", "value": "76 %", "explanation": next("Penjelasan"), "evidence": next("https://bukti") + "\n" + next()])
            #expect(realisation.status == .seeOther)
            let refusedRealisation = try await operatorClient.post(SiteURL.realisations(office: asahan, year: year).path, form: [
                "indicatorId": "I7", "quarter": "4", "value": next(), "explanation": next(), "evidence": next()])
            #expect(refusedRealisation.status == .unprocessableEntity)
            #expect(XSSCheck.problems(in: refusedRealisation.body, page: "refused realisation").isEmpty)
            var analysis: [String: String] = [:]
            for id in ["I1", "I2", "I7"] { for part in ["actions", "obstacles", "solutions"] { analysis["\(part)[\(id)]"] = next(part) } }
            #expect(try await operatorClient.post(SiteURL.analyses(office: asahan, year: year).path, form: analysis).status == .seeOther)
            #expect(try await operatorClient.post(SiteURL.comments(office: asahan, year: year).path, form: ["subject": next(), "text": next("Komentar")]).status == .seeOther)
            let refusedTarget = try await operatorClient.post(SiteURL.reviseAgreement(office: asahan, year: year, level: "ketua").path, form: ["target[I1]": next()])
            #expect(XSSCheck.problems(in: refusedTarget.body, page: "refused target").isEmpty)
            let refusedBudget = try await operatorClient.post(SiteURL.budget(office: asahan, year: year).path, form: ["code": next(), "pagu": next(), "realisasi": next()])
            #expect(XSSCheck.problems(in: refusedBudget.body, page: "refused budget line").isEmpty)
            let refusedYear = try await operatorClient.post(SiteURL.newYear(office: asahan).path, form: ["year": next()])
            #expect(XSSCheck.problems(in: refusedYear.body, page: "refused year").isEmpty)
            let pasted = try await Self.pasteTextCells(operatorClient, app: app, office: asahan, year: year) { next($0) }
            #expect(pasted >= 10, "tables saved with payloads: \(pasted)")
            let refusedPaste = try await operatorClient.post(SiteURL.sheet(office: asahan, year: year, sheet: "anggaran").path,
                                                             form: ["rows": "076.01.CQ\t\(next())\t\(next())\t\n\(next())"])
            #expect(refusedPaste.status == .unprocessableEntity)
            #expect(XSSCheck.problems(in: refusedPaste.body, page: "refused paste").isEmpty)

            // The leader: the LKj's place of signing, over the review's errors with a reason.
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let place = next("Kisaran")
            let finalised = try await leader.post(SiteURL.finaliseReport(office: asahan, year: year).path, form: [
                "place": place, "date": "17 Januari 2025", "override": "ya", "overrideReason": next("Alasan")])
            #expect(finalised.status == .seeOther, "\(finalised.status) \(finalised.body.prefix(1500))")
            #expect(try await leader.post(SiteURL.comments(office: asahan, year: year).path, form: ["subject": "umum", "text": next()]).status == .seeOther)

            // Somebody signing in with a payload as the name sees it again, as text.
            let stranger = WebClient(app: app)
            let login = try await stranger.login(next(), password: next())
            #expect(XSSCheck.problems(in: login.body, page: "failed sign-in").isEmpty)

            for (client, who) in [(admin, "admin"), (operatorClient, "operator"), (leader, "ketua")] {
                let opened = try await XSSPages.check(client, XSSPages.officeYearPages(asahan, year) + XSSPages.sitePages, as: who)
                #expect(opened >= 30)
            }
            try await XSSPages.check(admin, [SiteURL.offices.path, SiteURL.users.path], as: "admin")
            let offices = try await admin.get(SiteURL.offices.path)
            #expect(offices.body.contains("svg onload=window.__xss=20&gt;"))
            let documents = try await admin.get(SiteURL.documents(office: asahan, year: year).path)
            #expect(documents.body.contains(HTMLEscape.text(place)))
        }
    }

    /// Replaces the free-text cells of every non-empty table with payloads and saves each table;
    /// returns how many tables were saved.
    static func pasteTextCells(_ client: WebClient, app: Application, office: String, year: Int,
                               payload: (String) -> String) async throws -> Int {
        var saved = 0
        for id in Sheet.ID.allCases {
            let file = try #require(try await OfficeYearStore(database: app.db).load(officeCode: office, year: year))
            let sheet = Sheet.sheet(id, for: file)
            let rows = SheetEditor.rows(sheet, of: file)
            guard !rows.isEmpty else { continue }
            let poisoned = rows.map { row in
                row.enumerated().map { index, cell -> String in
                    guard index < sheet.columns.count, !cell.isEmpty, isFreeText(sheet.columns[index], of: sheet) else { return cell }
                    return payload(String(cell.prefix(10)))
                }.joined(separator: "\t")
            }.joined(separator: "\n")
            let page = try await client.post(SiteURL.sheet(office: office, year: year, sheet: id.rawValue).path, form: ["rows": poisoned])
            #expect(XSSCheck.problems(in: page.body, page: "paste \(id.rawValue)").isEmpty)
            #expect(page.status == .seeOther, "\(id.rawValue): \(page.body.components(separatedBy: "<li>").dropFirst().prefix(3))")
            if page.status == .seeOther { saved += 1 }
        }
        return saved
    }

    /// Text columns whose values the tables check (a role, a target with its unit), not free text.
    static let structuredTextKeys: Set<String> = ["code", "number", "unit", "role", "employment", "education", "grade",
                                                  "target", "capaian", "realisation", "value", "percent", "persen", "share"]

    /// A text column that is neither the table's key nor a reference to another table's row.
    static func isFreeText(_ column: SheetColumn, of sheet: Sheet) -> Bool {
        guard case .text = column.kind else { return false }
        let key = column.outerKey
        return !sheet.identity.contains(key) && !key.lowercased().hasSuffix("id") && !Self.structuredTextKeys.contains(key)
    }
}
