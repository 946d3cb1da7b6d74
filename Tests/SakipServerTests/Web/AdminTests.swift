import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// Accounts, offices, passwords and new years, as the admin and the operators manage them.
@Suite(.serialized) struct AdminTests {
    @Test func admin_createsAnAccount_thatCanSignIn_andBadFieldsAreRefusedInline() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            let refused = try await admin.post(SiteURL.users.path, form: [
                "username": "operator.asahan", "name": "", "role": "officeOperator", "office": "999999", "password": "pendek"])
            #expect(refused.status == .unprocessableEntity)
            for message in ["Nama pengguna: operator.asahan sudah dipakai.", "Nama lengkap: wajib diisi.",
                            "Kantor: kode satker 999999 tidak dikenal.", "Kata sandi: Kata sandi minimal 10 karakter"] {
                #expect(refused.body.contains(message), "\(message)")
            }
            #expect(refused.body.contains("value=\"operator.asahan\""))
            let created = try await admin.post(SiteURL.users.path, form: [
                "username": "sekretaris.asahan", "name": "Sekretaris KPU Asahan", "role": "officeLeader", "office": asahan,
                "password": "rahasia-kisaran-2024"])
            #expect(created.status == .seeOther)
            #expect(try await admin.get(SiteURL.users.path).body.contains("sekretaris.asahan"))

            let newcomer = WebClient(app: app)
            let signedIn = try await newcomer.login("sekretaris.asahan", password: "rahasia-kisaran-2024")
            #expect(signedIn.status == .seeOther)
            let offices = try await newcomer.get(SiteURL.offices.path)
            #expect(offices.body.contains("KPU Kabupaten Asahan"))
            #expect(!offices.body.contains("KPU Kota Pematangsiantar"))
        }
    }

    @Test func onlyTheAdmin_reachesTheAdminPages() async throws {
        try await withDemoApp { app in
            for account in ["operator.asahan", "ketua.asahan", "evaluator.sumut", "inspektorat"] {
                let client = WebClient(app: app)
                try await client.login(account)
                #expect(try await client.get(SiteURL.users.path).status == .forbidden)
                #expect(try await client.get(SiteURL.newOffice.path).status == .forbidden)
                let post = try await client.post(SiteURL.users.path, form: ["username": "x.y.z", "name": "X", "role": "nationalAdmin", "password": "abcdefghijkl"])
                #expect(post.status == .forbidden)
                let reset = try await client.post(SiteURL.resetPassword(username: "admin").path, form: ["password": "abcdefghijkl"])
                #expect(reset.status == .forbidden)
            }
        }
    }

    @Test func admin_addsAKabKotaUnderItsProvince() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            let wrong = try await admin.post(SiteURL.newOffice.path, form: ["code": "655001", "name": "KPU Kabupaten Batu Bara",
                                                                           "level": "kabupatenKota", "parent": "kpu-ri"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.contains("Induk: KPU Republik Indonesia adalah KPU RI, bukan KPU Provinsi"))
            let added = try await admin.post(SiteURL.newOffice.path, form: ["code": "655001", "name": "KPU Kabupaten Batu Bara",
                                                                           "level": "kabupatenKota", "parent": "654293"])
            #expect(added.status == .seeOther)
            let list = try await admin.get(SiteURL.offices.path)
            #expect(list.body.contains("KPU Kabupaten Batu Bara"))
            // The province's evaluator reads the new office; it has no year yet.
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            #expect(try await evaluator.get(SiteURL.offices.path).body.contains("KPU Kabupaten Batu Bara"))
            let started = try await admin.post(SiteURL.newYear(office: "655001").path, form: ["year": "2025"])
            #expect(started.status == .seeOther)
            #expect(try await admin.get(SiteURL.sheets(office: "655001", year: 2025).path).status == .ok)
        }
    }

    @Test func operator_startsTheNextYear_fromTheCurrentOne() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let started = try await client.post(SiteURL.newYear(office: asahan).path, form: ["year": "2025"])
            #expect(started.status == .seeOther)
            #expect(started.location == SiteURL.sheets(office: asahan, year: 2025).path)
            let history = try await client.get(SiteURL.sheet(office: asahan, year: 2025, sheet: "riwayat-anggaran").path)
            #expect(history.body.contains("83.389.671.000"))
            let staff = try await client.get(SiteURL.sheet(office: asahan, year: 2025, sheet: "pegawai").path)
            let before = try await client.get(SiteURL.sheet(office: asahan, year: 2024, sheet: "pegawai").path)
            #expect(SheetFlowTests.table(staff.body) == SheetFlowTests.table(before.body))
            let again = try await client.post(SiteURL.newYear(office: asahan).path, form: ["year": "2025"])
            #expect(again.location == SiteURL.dashboard(office: asahan, year: 2025).path)
            let bad = try await client.post(SiteURL.newYear(office: asahan).path, form: ["year": "tahun depan"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("Kolom Tahun"))
        }
    }

    @Test func user_changesTheirPassword() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let wrong = try await client.post(SiteURL.ownPassword.path, form: ["current": "salah", "new": "kata-sandi-baru-1", "repeated": "kata-sandi-baru-1"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.contains("Kata sandi saat ini: tidak cocok"))
            let changed = try await client.post(SiteURL.ownPassword.path, form: ["current": "sakip-demo", "new": "kata-sandi-baru-1", "repeated": "kata-sandi-baru-1"])
            #expect(changed.status == .seeOther)
            let old = try await WebClient(app: app).login("operator.pagaralam")
            #expect(old.status == .unauthorized)
            let fresh = try await WebClient(app: app).login("operator.pagaralam", password: "kata-sandi-baru-1")
            #expect(fresh.status == .seeOther)
        }
    }
}
