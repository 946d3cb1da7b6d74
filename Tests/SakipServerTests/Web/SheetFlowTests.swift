import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// Tables pasted from a spreadsheet and the narrative per indicator, as an operator enters them.
@Suite(.serialized) struct SheetFlowTests {
    @Test func operator_pastesABudgetTable_andTheBudgetPageAddsItUp() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let list = try await client.get(SiteURL.sheets(office: "pagaralam", year: 2024).path)
            #expect(list.status == .ok)
            #expect(list.body.contains("Pohon anggaran DIPA"))
            let url = SiteURL.sheet(office: "pagaralam", year: 2024, sheet: "anggaran").path
            let shown = try await client.get(url)
            #expect(shown.body.contains("<textarea"))
            let pasted = """
            Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)
            076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t\t
            CQ.6709\tPengelolaan data\t\t
            6709.QGE.001\tLayanan data\t1.000.000\t900.000
            6709.QGE.002\tLayanan lain\t500.000\t499.500
            """
            let saved = try await client.post(url, form: ["rows": pasted])
            #expect(saved.status == .seeOther)
            let confirmation = try await client.get(saved.location ?? "")
            #expect(confirmation.body.contains("disimpan (4 baris)"))
            let budget = try await client.get(SiteURL.budget(office: "pagaralam", year: 2024).path)
            #expect(budget.body.contains("1.500.000"))
            #expect(budget.body.contains("1.399.500"))
            #expect(budget.body.contains("93,30\u{00A0}%"))
        }
    }

    @Test func monthlyRealisation_drawsTheAbsorptionCurveOnTheDashboard() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let url = SiteURL.sheet(office: asahan, year: 2024, sheet: "realisasi-bulanan").path
            let dashboardBefore = try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(!dashboardBefore.body.contains("Penyerapan kumulatif per bulan"))
            // Half of the 83.389.671.000 pagu spent in June on one RO, the rest unreported.
            let code = "076.01.CQ.6639.BDB.001"
            let saved = try await client.post(url, form: ["rows": "\(code)\t\t\t\t\t\t41.694.835.500"])
            #expect(saved.status == .seeOther, "\(saved.body.prefix(2000))")
            let dashboard = try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("Penyerapan kumulatif per bulan"))
            #expect(dashboard.body.contains("50,00\u{00A0}%"))
            #expect(dashboard.body.contains("41.694.835.500"))
            let refused = try await client.post(url, form: ["rows": "076.01.CQ.9999.QGE.001\t1"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Baris 1, kolom Kode"))
        }
    }

    @Test func wrongTable_isRefusedAtItsLineAndColumn_keepingWhatWasTyped() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let url = SiteURL.sheet(office: asahan, year: 2024, sheet: "revisi-dipa").path
            let before = try await client.get(url)
            let typed = "0\tDIPA Awal\t\t2 Januari 2024\t1.000\t\n1\t\t\t31 Februari 2024\t1.200\tRevisi tanggal salah"
            let refused = try await client.post(url, form: ["rows": typed])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Baris 2, kolom Tanggal"))
            #expect(refused.body.contains("31 Februari 2024"))
            #expect(refused.body.contains("Revisi tanggal salah"))
            let after = try await client.get(url)
            #expect(Self.table(after.body) == Self.table(before.body))
        }
    }

    @Test func analysis_isSaved_shownAgain_andExported() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let url = SiteURL.analyses(office: asahan, year: 2024).path
            let page = try await client.get(url)
            #expect(page.body.contains("actions[I7]"))
            let saved = try await client.post(url, form: ["actions[I7]": "Sosialisasi tatap muka di 25 kecamatan",
                                                          "obstacles[I7]": "Cuaca", "solutions[I7]": ""])
            #expect(saved.status == .seeOther)
            #expect(try await client.get(url).body.contains("Sosialisasi tatap muka di 25 kecamatan"))
            let exported = try await client.get(SiteURL.export(office: asahan, year: 2024).path)
            let file = try OfficeYearReader.read(exported.body).officeYear
            let analysis = file.analyses.first { $0.indicatorId == "I7" }
            #expect(analysis?.actions == "Sosialisasi tatap muka di 25 kecamatan")
            #expect(analysis?.obstacles == "Cuaca")
            #expect(analysis?.solutions == nil)
        }
    }

    @Test func profile_isSaved_andAWrongFieldIsRefusedNextToIt() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let url = SiteURL.profile(office: asahan, year: 2024).path
            let page = try await client.get(url)
            #expect(page.body.contains("value=\"2020\""))
            let refused = try await client.post(url, form: ["city": "Kisaran", "email": "bukan-surel", "renstraStart": "2020",
                                                            "renstraEnd": "2024", "lowerIsBetterFormula": "mirror"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Surel: bukan alamat surel"))
            #expect(refused.body.contains("value=\"bukan-surel\""))
            let saved = try await client.post(url, form: ["city": "Kisaran Timur", "email": "kpu@asahan.kpu.go.id", "renstraStart": "2020",
                                                          "renstraEnd": "2024", "lowerIsBetterFormula": "ratio"])
            #expect(saved.status == .seeOther)
            #expect(try await client.get(url).body.contains("value=\"Kisaran Timur\""))
            #expect(try await client.get(url).body.contains("<option value=\"ratio\" selected=\"selected\">"))
        }
    }

    @Test func leader_readsTables_withoutAnEditor() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("ketua.asahan")
            let page = try await client.get(SiteURL.sheet(office: asahan, year: 2024, sheet: "pegawai").path)
            #expect(page.status == .ok)
            #expect(!page.body.contains("<textarea"))
        }
    }

    /// The stored table of a sheet page (without the editor and messages).
    static func table(_ body: String) -> String {
        guard let start = body.range(of: "<table class=\"sheet\""), let end = body.range(of: "</table>", range: start.upperBound..<body.endIndex) else { return "" }
        return String(body[start.lowerBound..<end.upperBound])
    }
}
