import Foundation
import SakipCore
@testable import SakipServer
import Testing
import Vapor

/// What a new user does without reading code: sign in, enter a realisation, see the capaian change,
/// sign the PK, revise it, export and import the office-year file.
@Suite(.serialized) struct FlowTests {
    @Test func operator_entersAQuarter_andTheDashboardCapaianChanges() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let before = try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(before.body.contains("99,51\u{00A0}%"))
            let form = try await client.get(SiteURL.realisations(office: asahan, year: 2024).path)
            #expect(form.body.contains("data-preview"))
            let saved = try await client.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                              form: ["indicatorId": "I7", "quarter": "4", "value": "76 %", "explanation": "Rekap DPT akhir",
                                                     "evidence": "https://kab-asahan.kpu.go.id/rekap"])
            #expect(saved.status == .seeOther)
            // The redirect leads back to the form, which shows the confirmation once.
            let entry = try await client.get(saved.location ?? "")
            #expect(entry.body.contains("Realisasi Triwulan IV disimpan."))
            #expect(entry.body.contains("Rekap DPT akhir"))
            let after = try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(after.body.contains("101,33\u{00A0}%"))
            #expect(!after.body.contains("Realisasi Triwulan IV disimpan."))
        }
    }

    @Test func preview_computesWithTheCoreRules() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let good = try await client.post(SiteURL.capaianPreview(office: asahan, year: 2024).path, form: ["indicatorId": "I10", "value": "1,1 %"])
            #expect(good.body.contains("0,00\u{00A0}%") && good.body.contains("Tidak Berhasil"))
            let bad = try await client.post(SiteURL.capaianPreview(office: asahan, year: 2024).path, form: ["indicatorId": "I4", "value": "100 %"])
            #expect(bad.body.contains("\"ok\":false"))
        }
    }

    @Test func realisationOfTheWrongKind_isRefusedInline_keepingWhatWasTyped() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let page = try await client.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                             form: ["indicatorId": "I4", "quarter": "2", "value": "100 %", "explanation": "nilai dari KPU RI"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Kolom Realisasi"))
            #expect(page.body.contains("diharapkan salah satu nilai AA, A, BB, B, CC, C, D"))
            #expect(page.body.contains("value=\"100 %\""))
            #expect(page.body.contains("nilai dari KPU RI"))
            let dashboard = try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("91,37\u{00A0}%"))
        }
    }

    @Test func leaderSigns_thenAChangeMakesARevision() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            let revised = try await operatorClient.post(SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path,
                                                        form: ["target[I7]": "77 %"])
            #expect(revised.status == .seeOther)
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let before = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(before.body.contains("Setujui dan tandatangani PK"))
            let signed = try await leader.post(SiteURL.signAgreement(office: asahan, year: 2024, level: "ketua").path, form: ["date": "10 Januari 2024"])
            #expect(signed.status == .seeOther)
            let after = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(after.body.contains("ditandatangani"))
            #expect(!after.body.contains("Setujui dan tandatangani PK"))
            let again = try await operatorClient.post(SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path,
                                                      form: ["target[I7]": "78 %"])
            #expect(again.status == .seeOther)
            let history = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(history.body.contains("Riwayat revisi"))
            #expect(history.body.contains("draf, belum ditandatangani"))
        }
    }

    @Test func badTarget_isRefusedWithItsRow() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let page = try await client.post(SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path,
                                             form: ["target[I4]": "90 %"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Nilai Akuntabilitas Kinerja"))
            #expect(page.body.contains("value=\"90 %\""))
        }
    }

    @Test func export_thenImport_roundTrips_andABadFileChangesNothing() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let export = try await client.get(SiteURL.export(office: asahan, year: 2024).path)
            #expect(export.status == .ok)
            #expect(export.headers.first(name: .contentDisposition)?.contains("\(asahan)-2024.json") == true)
            let exported = try OfficeYearReader.read(export.body).officeYear
            let original = try OfficeYearReader.read(contentsOf: DemoData.seedDirectory.appendingPathComponent("asahan-2024-corrected.json")).officeYear
            #expect(exported == original)

            let broken = export.body.replacingOccurrences(of: "\"kind\": \"percentage\"", with: "\"kind\": \"persen\"")
                .replacingOccurrences(of: "\"year\": 2024", with: "\"year\": 2024, \"tahun\": 1")
            let refused = try await client.postMultipart(SiteURL.importFile.path, fileName: "rusak.json", fileContent: broken)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("$.indicators[0].kind"))
            #expect(refused.body.contains("$.tahun"))
            #expect(refused.body.contains("tidak ada data yang diubah"))

            let changed = export.body.replacingOccurrences(of: "\"value\": \"74,63 %\"", with: "\"value\": \"74,63 %\"")
            let accepted = try await client.postMultipart(SiteURL.importFile.path, fileName: "asahan.json", fileContent: changed)
            #expect(accepted.status == .ok)
            #expect(accepted.body.contains("berhasil diimpor"))

            let foreign = try String(contentsOf: DemoData.seedDirectory.appendingPathComponent("pagaralam-2024-corrected.json"), encoding: .utf8)
            let denied = try await client.postMultipart(SiteURL.importFile.path, fileName: "pagaralam.json", fileContent: foreign)
            #expect(denied.status == .forbidden)
        }
    }

    @Test func budgetLeafEdit_recomputesItsParents() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let bad = try await client.post(SiteURL.budget(office: asahan, year: 2024).path,
                                            form: ["code": "076.01.CQ.6870.QGE.002", "pagu": "8.016.000", "realisasi": "1,100"])
            #expect(bad.status == .seeOther || bad.status == .unprocessableEntity)
            let page = try await client.post(SiteURL.budget(office: asahan, year: 2024).path,
                                             form: ["code": "076.01.CQ.6870.QGE.002", "pagu": "8.016.000", "realisasi": "8.016.000"])
            #expect(page.status == .seeOther)
            let budget = try await client.get(SiteURL.budget(office: asahan, year: 2024).path)
            #expect(budget.body.contains("83.098.297.692"))
            let refused = try await client.post(SiteURL.budget(office: asahan, year: 2024).path,
                                                form: ["code": "076.01.CQ.6870.QGE.002", "pagu": "delapan juta", "realisasi": "0"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Kolom Pagu baris QGE.002"))
        }
    }

    @Test func comments_byTheProvincialEvaluator_appearOnTheDashboard() async throws {
        try await withDemoApp { app in
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            let posted = try await evaluator.post(SiteURL.comments(office: asahan, year: 2024).path,
                                                  form: ["subject": "indikator:I10", "text": "Mohon periksa rumus indikator DPT."])
            #expect(posted.status == .seeOther)
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            let dashboard = try await operatorClient.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("Mohon periksa rumus indikator DPT."))
            #expect(dashboard.body.contains("Evaluator Provinsi"))
        }
    }

    @Test func dashboard_showsChartsMissingQuartersAndBudget() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let page = try await client.get(SiteURL.dashboard(office: "pagaralam", year: 2024).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("Capaian per indikator"))
            #expect(page.body.contains("95,82\u{00A0}%"))
            #expect(page.body.contains("99,91\u{00A0}%"))
            #expect(page.body.contains("belum diisi Triwulan I"))
            #expect(page.body.contains("50,00\u{00A0}%"))
        }
    }
}
