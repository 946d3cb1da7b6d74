import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// A new office and a new year: the checklist, the PK drafted in the browser, signing on a date, the
/// final LKj that refuses changes until the leader reopens it.
@Suite(.serialized) struct NewOfficeFlowTests {
    @Test func yearWithoutPK_showsTheChecklist_andTheAgreementPageProposesADraft() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            let started = try await operatorClient.post(SiteURL.newYear(office: asahan).path, form: ["year": "2025"])
            #expect(started.status == .seeOther)
            let dashboard = try await operatorClient.get(SiteURL.dashboard(office: asahan, year: 2025).path)
            #expect(dashboard.body.contains("Langkah pengisian tahun 2025"))
            #expect(dashboard.body.contains(SiteURL.agreement(office: asahan, year: 2025, level: "ketua").path))
            #expect(!dashboard.body.contains("Tidak ada temuan"))
            let realisations = try await operatorClient.get(SiteURL.realisations(office: asahan, year: 2025).path)
            #expect(realisations.body.contains(SiteURL.agreement(office: asahan, year: 2025, level: "ketua").path))
            let page = try await operatorClient.get(SiteURL.agreement(office: asahan, year: 2025, level: "sekretaris").path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Susun PK Sekretaris"))
            #expect(page.body.contains("Pihak kedua (Ketua, atasan langsung)"))
            #expect(page.body.contains(SiteURL.sheet(office: asahan, year: 2025, sheet: "pk-sekretaris").path))
        }
    }

    @Test func operatorSavesTheWholePK_andAMissingTargetIsRefusedNamingTheIndicator() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            let url = SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path
            let refused = try await operatorClient.post(url, form: ["complete": "ya", "include[I1]": "ya", "target[I1]": "",
                                                                    "programName[0]": "Program Dukungan Manajemen", "programAmount[0]": "lima"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("kolom Target wajib diisi"))
            #expect(refused.body.contains("Program baris 1: anggaran"))
            #expect(refused.body.contains("value=\"lima\""))
            let saved = try await operatorClient.post(url, form: ["complete": "ya", "include[I1]": "ya", "target[I1]": "80 %",
                                                                  "programCode[0]": "076.01.WA", "programName[0]": "Program Dukungan Manajemen",
                                                                  "programAmount[0]": "1.250.000.000", "place": "Kisaran"])
            #expect(saved.status == .seeOther)
            let exported = try await operatorClient.get(SiteURL.export(office: asahan, year: 2024).path)
            let file = try OfficeYearReader.read(exported.body).officeYear
            let pk = try #require(file.agreements.current(.ketua))
            #expect(pk.rows.map(\.indicatorId) == ["I1"])
            #expect(pk.rows.first?.target.fileSpelling == "80 %")
            #expect(pk.programs == [ProgramBudget(code: "076.01.WA", name: "Program Dukungan Manajemen", amount: 1_250_000_000)])
            #expect(pk.place == "Kisaran")
        }
    }

    @Test func leaderSigns_onTheDateTyped_andADateOutsideTheYearIsRefused() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            #expect(try await operatorClient.post(SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path,
                                                  form: ["target[I7]": "77 %"]).status == .seeOther)
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let form = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(form.body.contains("Tanggal tanda tangan"))
            let url = SiteURL.signAgreement(office: asahan, year: 2024, level: "ketua").path
            let unreadable = try await leader.post(url, form: ["date": "31 Februari 2024"])
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.body.contains("Kolom Tanggal tanda tangan"))
            let late = try await leader.post(url, form: ["date": "3 Maret 2026"])
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.contains("di luar tahun 2023–2024"))
            let signed = try await leader.post(url, form: ["date": "10 Januari 2024"])
            #expect(signed.status == .seeOther)
            let after = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(after.body.contains("ditandatangani 10 Januari 2024"))
        }
    }

    @Test func finalLKj_refusesAChangedFigure_untilTheLeaderReopensWithAReason() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let finalised = try await leader.post(SiteURL.finaliseReport(office: asahan, year: 2024).path,
                                                  form: ["place": "Kisaran", "date": "20 Januari 2025"])
            #expect(finalised.status == .seeOther)
            #expect(finalised.location == SiteURL.documents(office: asahan, year: 2024).path)
            let again = try await leader.post(SiteURL.finaliseReport(office: asahan, year: 2024).path,
                                              form: ["place": "Kisaran", "date": "21 Januari 2025"])
            #expect(again.status == .conflict)

            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            let path = SiteURL.realisations(office: asahan, year: 2024).path
            let refused = try await operatorClient.post(path, form: ["indicatorId": "I7", "quarter": "2", "value": "61 %"])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("LKj 2024 sudah final"))
            #expect(refused.body.contains("realisasi triwulan"))
            #expect(refused.body.contains("value=\"61 %\""))

            let reopen = SiteURL.reopenReport(office: asahan, year: 2024).path
            let noReason = try await leader.post(reopen, form: ["reason": "  "])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.contains("Kolom Alasan"))
            let reopened = try await leader.post(reopen, form: ["reason": "Realisasi TW II I7 salah ketik, diperbaiki"])
            #expect(reopened.status == .seeOther)
            let documents = try await leader.get(SiteURL.documents(office: asahan, year: 2024).path)
            #expect(documents.body.contains("LKj belum final"))
            #expect(documents.body.contains("Realisasi TW II I7 salah ketik, diperbaiki"))
            #expect(try await operatorClient.post(path, form: ["indicatorId": "I7", "quarter": "2", "value": "61 %"]).status == .seeOther)
            #expect(try await leader.post(SiteURL.finaliseReport(office: asahan, year: 2024).path,
                                          form: ["place": "Kisaran", "date": "22 Januari 2025"]).status == .seeOther)
            let final = try await leader.get(SiteURL.documents(office: asahan, year: 2024).path)
            #expect(final.body.contains("LKj final: Kisaran, 22 Januari 2025 (finalisasi ke-2"))
            let export = try await leader.get(SiteURL.export(office: asahan, year: 2024).path)
            let file = try OfficeYearReader.read(export.body).officeYear
            #expect(file.report.finalisations.count == 2)
            #expect(file.report.finalisations.first?.reopening?.reason == "Realisasi TW II I7 salah ketik, diperbaiki")
        }
    }

    @Test func adminAddsAnOffice_andGoesOnToItsAccounts_aWrongParentNamedByName() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            #expect(try await admin.get(SiteURL.offices.path).body.contains(SiteURL.newOffice.path))
            let wrong = try await admin.post(SiteURL.newOffice.path, form: ["code": "655999", "name": "KPU Kabupaten Baru", "level": "kabupatenKota",
                                                                            "parent": asahan])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.contains("KPU Kabupaten Asahan adalah"))
            let added = try await admin.post(SiteURL.newOffice.path, form: ["code": "655999", "name": "KPU Kabupaten Baru", "level": "kabupatenKota",
                                                                            "parent": "654293"])
            #expect(added.status == .seeOther)
            #expect(added.location == SiteURL.users.path + "?kantor=655999")
            let users = try await admin.get(try #require(added.location))
            #expect(users.body.contains("KPU Kabupaten Baru (655999) ditambahkan"))
            #expect(users.body.contains("<option value=\"655999\" selected"))
        }
    }
}
