import FluentKit
import Foundation
import SakipCore
@testable import SakipServer
import Testing
import Vapor

/// KPU RI confirms the national catalogue mapping on its page: one suggestion, another entry, "tidak ada di katalog",
/// a change and a withdrawal, every strong suggestion of a province at once; consolidation then reads the decisions.
@Suite(.serialized) struct CatalogueMappingFlowTests {
    /// The rows of a year as the page reads them.
    static func review(_ app: Application, year: Int = 2024) async throws -> MappingReview {
        MappingReview(year: year, input: try await OfficeYearStore(database: app.db).consolidationInput(.national, years: [year], today: .today))
    }

    /// The decision form of one row, as the page writes it.
    static func form(_ row: MappingReview.Row, _ decision: String, code: String? = nil, province: String? = nil) -> [String: String] {
        var form = ["tahun": "2024", "kantor": row.office.code, "indikator": row.indicatorId, "pernyataan": row.statement,
                    "keputusan": decision, "sebelum": CatalogueMappingSelection.token(row.decision)]
        if let code { form[decision == "usulan" ? "usulan" : "kode"] = code }
        if let province { form["provinsi"] = province }
        return form
    }

    @Test func kpuRIEvaluator_confirmsChoosesDeclaresAndBulkConfirms_andConsolidationReadsIt() async throws {
        try await withDemoApp { app in
            let loaded = try await NationalDemoData.load(on: app.db, hasher: app.password, configuration: .init(years: 2024...2024), provinces: ["Bengkulu"])
            let bengkulu = try #require(try await OfficeModel.query(on: app.db).filter(\.$name == "KPU Provinsi Bengkulu").first()).code
            let client = WebClient(app: app)
            try await client.login("evaluator.kpuri")
            let evaluatorName = try #require(try await UserModel.query(on: app.db).filter(\.$username == "evaluator.kpuri").first()).name

            let before = try await Self.review(app)
            // Bengkulu's generated offices are all mapped; Sumatera Utara's reference offices wait for decisions.
            #expect(before.counts(provinceCode: bengkulu)[.suggested] == 0 && before.counts(provinceCode: bengkulu)[.confirmed]! > 100)
            let undecided = before.rows(matching: .init(provinceCode: sumut)).filter { $0.decision == nil }
            let suggested = try #require(undecided.first { $0.bestSuggestion != nil })
            let others = undecided.filter { $0 != suggested }
            try #require(others.count >= 2, "Sumatera Utara needs three undecided indicators")
            let (chosen, declared) = (others[0], others[1])

            // The page: every state counted, the province filter, the forms.
            let page = try await client.get(SiteURL.catalogueMapping.path + "?tahun=2024&provinsi=\(sumut)")
            #expect(page.status == .ok)
            for group in MappingReview.Group.allCases { #expect(page.body.contains("id=\"jumlah-\(group.rawValue)\"")) }
            #expect(page.body.contains("Konfirmasi semua usulan kuat (\(before.strongCount(provinceCode: sumut)))"))
            #expect(page.body.components(separatedBy: "<tr id=\"baris-").count - 1 <= MappingReview.defaultPageSize)
            #expect(!page.body.contains("id=\"baris-pagaralam-"))
            let national = try await client.get(SiteURL.catalogueMapping.path)
            #expect(national.status == .ok && national.body.contains("Halaman 1 dari"))
            #expect(national.body.components(separatedBy: "<tr id=\"baris-").count - 1 == MappingReview.defaultPageSize)

            // 1. The suggestion confirmed; 2. another entry chosen; 3. declared not in the catalogue.
            let best = try #require(suggested.bestSuggestion)
            let key = "\(suggested.office.code)-\(suggested.indicatorId)"
            #expect(page.body.contains("name=\"usulan\" value=\"\(best.code)\""))
            #expect(!page.body.contains("<select id=\"entri-"), "the catalogue's select opens for one row at a time")
            let choosing = try await client.get(SiteURL.catalogueMapping.path + "?tahun=2024&provinsi=\(sumut)&pilih=\(WebClient.encode(CatalogueMappingSelection.rowKey(suggested)))")
            #expect(choosing.body.components(separatedBy: "<select id=\"entri-").count == 2)
            #expect(choosing.body.contains("<select id=\"entri-\(key)\" name=\"kode\">"))
            #expect(choosing.body.contains("<option value=\"\(best.code)\" selected=\"selected\">"))
            let confirmed = try await client.post(SiteURL.catalogueDecision.path, form: Self.form(suggested, "usulan", code: best.code, province: sumut))
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.location == SiteURL.catalogueMapping.path + "?tahun=2024&provinsi=\(sumut)")
            let flash = try await client.get(try #require(confirmed.location))
            #expect(flash.body.contains("dipetakan ke \(best.code)"))
            let other = best.code == "IKU-07" ? "IKU-08" : "IKU-07"
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(chosen, "kode", code: "IK-01")).status == .seeOther)
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(declared, "bukan")).status == .seeOther)

            // Refused, naming the row and the field: an unknown code, a stale indicator, a decision changed meanwhile.
            let unknown = try await client.post(SiteURL.catalogueDecision.path, form: Self.form(declared, "kode", code: "IKU-99"))
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.contains("Baris \(declared.office.code) · \(declared.indicatorId), kolom Entri katalog: kode \"IKU-99\" tidak ada di katalog"))
            var staleForm = Self.form(declared, "bukan")
            staleForm["pernyataan"] = "Persentase yang sudah dirumuskan ulang"
            let stale = try await client.post(SiteURL.catalogueDecision.path, form: staleForm)
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("indikator ini sudah berubah atau tidak ada lagi"))
            let meanwhile = try await client.post(SiteURL.catalogueDecision.path, form: Self.form(declared, "kode", code: other))
            #expect(meanwhile.status == .conflict)
            #expect(meanwhile.body.contains("sudah diubah oleh \(evaluatorName)"))

            // Changed: the chosen entry becomes another; taken back and decided again.
            let afterChoices = try await Self.review(app)
            let chosenNow = try #require(afterChoices.row(officeCode: chosen.office.code, indicatorId: chosen.indicatorId))
            #expect(chosenNow.state == .confirmed(code: "IK-01"))
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(chosenNow, "kode", code: other)).status == .seeOther)
            let declaredNow = try #require(afterChoices.row(officeCode: declared.office.code, indicatorId: declared.indicatorId))
            #expect(declaredNow.state == .notInCatalogue)
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(declaredNow, "batal")).status == .seeOther)
            let withdrawn = try #require(try await Self.review(app).row(officeCode: declared.office.code, indicatorId: declared.indicatorId))
            #expect(withdrawn.decision == nil)
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(withdrawn, "bukan")).status == .seeOther)

            // A mapped indicator of the national data taken back: waiting again, with its suggestion.
            let mapped = try #require(before.rows(matching: .init(provinceCode: bengkulu, group: .confirmed)).first)
            #expect(try await client.post(SiteURL.catalogueDecision.path, form: Self.form(mapped, "batal")).status == .seeOther)
            let reopened = try #require(try await Self.review(app).row(officeCode: mapped.office.code, indicatorId: mapped.indicatorId))
            #expect(reopened.decision == nil && reopened.group != .confirmed)
            let bengkuluStrong = try await Self.review(app).strongCount(provinceCode: bengkulu)

            // 4. Every strong suggestion of the province at once.
            let strong = try await Self.review(app).strongCount(provinceCode: sumut)
            #expect(strong > 0)
            let bulk = try await client.post(SiteURL.confirmStrongSuggestions.path, form: ["tahun": "2024", "provinsi": sumut])
            #expect(bulk.status == .seeOther)
            let bulkPage = try await client.get(try #require(bulk.location))
            #expect(bulkPage.body.contains(strong == 0 ? "Tidak ada usulan kuat" : "\(strong) usulan kuat dikonfirmasi sekaligus"))
            let after = try await Self.review(app)
            #expect(after.strongCount(provinceCode: sumut) == 0)
            #expect(after.strongCount(provinceCode: bengkulu) == bengkuluStrong)
            #expect(after.counts(provinceCode: sumut)[.confirmed] == before.counts(provinceCode: sumut)[.confirmed]! + 2 + strong)
            let bengkuluBulk = try await client.post(SiteURL.confirmStrongSuggestions.path, form: ["tahun": "2024", "provinsi": bengkulu])
            #expect(bengkuluBulk.status == .seeOther)
            #expect(try await Self.review(app).counts(provinceCode: bengkulu)[.confirmed] == before.counts(provinceCode: bengkulu)[.confirmed]! - 1 + bengkuluStrong)

            // Who and when: on the stored decision, in the audit trail, on the page's history.
            let stored = try #require(try await OfficeYearStore(database: app.db).catalogueDecision(officeCode: suggested.office.code, statement: suggested.statement))
            #expect(stored.catalogueCode == best.code && stored.confirmedBy == evaluatorName && stored.confirmedOn == .today)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$table == OfficeYearStore.catalogueAuditTable).all()
            #expect(audit.filter { $0.userName == evaluatorName }.count == 6 + strong + 1 + bengkuluStrong)
            // The loaded data set's decisions came through the same write path, traced to the command.
            #expect(audit.filter { $0.via == NationalRows.loader }.count == loaded.decisions)
            #expect(loaded.decisions >= before.counts(provinceCode: bengkulu)[.confirmed]!)
            #expect(audit.contains { $0.row.hasPrefix(chosen.office.code) && $0.before == "IK-01" && $0.after == other && $0.userName == evaluatorName })
            #expect(audit.contains { $0.before == OfficeYearStore.notInCatalogueAuditValue && $0.after == nil })
            #expect(bulkPage.body.contains("Keputusan terakhir") && bulkPage.body.contains(evaluatorName))

            // Consolidation reads the decisions: mapped under the chosen entries; the declared one listed apart, never merged.
            let input = try await OfficeYearStore(database: app.db).consolidationInput(.national, years: [2024], today: .today)
            let province = try #require(ProvinceConsolidation.build(provinceCode: sumut, year: 2024, input: input, ikuOnly: false))
            func compared(_ row: MappingReview.Row, as code: String) -> Bool {
                province.comparisons.first { $0.entry.code == code }.map { comparison in
                    (comparison.rows + comparison.duplicates).contains { $0.office.code == row.office.code && $0.indicatorId == row.indicatorId }
                } ?? false
            }
            #expect(compared(suggested, as: best.code))
            #expect(compared(chosen, as: other))
            #expect(!province.comparisons.contains { comparison in comparison.rows.contains { $0.office.code == declared.office.code && $0.indicatorId == declared.indicatorId } })
            let apart = try #require(province.unmapped.first { $0.office.code == declared.office.code && $0.indicatorId == declared.indicatorId })
            #expect(apart.state == .notInCatalogue)
            #expect(!province.unmapped.contains { $0.office.code == suggested.office.code && $0.indicatorId == suggested.indicatorId })
            let consolidation = try await client.get(SiteURL.consolidation(office: sumut, year: 2024).path)
            #expect(consolidation.status == .ok)
            #expect(consolidation.body.contains(SiteURL.catalogueMapping.path + "?tahun=2024&amp;provinsi=\(sumut)")
                    || consolidation.body.contains(SiteURL.catalogueMapping.path + "?tahun=2024&provinsi=\(sumut)"))
            let declaredLine = try #require(consolidation.body.components(separatedBy: HTMLEscape.text("\(declared.indicatorId) · \(declared.statement)")).dropFirst().first?
                .components(separatedBy: "</tr>").first)
            #expect(declaredLine.contains("dinyatakan tidak ada di katalog"))
        }
    }

    @Test func theNavigationLinksThePage_onlyForThoseWhoMayUseIt() async throws {
        try await withDemoApp { app in
            for (account, linked) in [("admin", true), ("inspektorat", true), ("evaluator.sumut", false), ("operator.asahan", false), ("ketua.asahan", false)] {
                let client = WebClient(app: app)
                try await client.login(account)
                let offices = try await client.get(SiteURL.offices.path)
                #expect(offices.body.contains("href=\"\(SiteURL.catalogueMapping.path)\"") == linked, "\(account)")
            }
            let admin = WebClient(app: app)
            try await admin.login("admin")
            let consolidation = try await admin.get(SiteURL.consolidation(office: "kpu-ri", year: 2024).path)
            #expect(consolidation.body.contains(SiteURL.catalogueMapping.path + "?tahun=2024"))
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            #expect(!(try await evaluator.get(SiteURL.consolidation(office: sumut, year: 2024).path)).body.contains(SiteURL.catalogueMapping.path))
        }
    }
}
