import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// An operator enters an election's turnout, binds an indicator to it, imports a DPT recap workbook, and
/// reads the computed figures and their provenance on the election page and the realisation page.
@Suite(.serialized) struct ElectionFlowTests {
    static let office = "pagaralam"

    static func workbook(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xlsx/\(name).xlsx")
        return try Data(contentsOf: url)
    }

    @Test func turnoutAndBinding_computeTheWomenParticipation_shownWithItsProvenance() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let page = SiteURL.elections(office: Self.office, year: 2024).path
            let before = try await client.get(page)
            #expect(before.status == .ok)
            #expect(before.body.contains("107.916"))
            #expect(before.body.contains("Tingkat partisipasi belum dapat dihitung"))

            let elections = SiteURL.sheet(office: Self.office, year: 2024, sheet: "pemilihan").path
            let row = "pemilihan2024\tPemilihan Serentak 27 November 2024\t27 November 2024\tpemilihan\tDPT\t\t\t\t\t40.000\t42.422"
            let saved = try await client.post(elections, form: ["rows": row])
            #expect(saved.status == .seeOther, "\(saved.body.prefix(1500))")
            let binding = try await client.post(SiteURL.sheet(office: Self.office, year: 2024, sheet: "sumber-realisasi").path,
                                                form: ["rows": "I3\tpartisipasi pemilih perempuan\tpemilihan2024"])
            #expect(binding.status == .seeOther, "\(binding.body.prefix(1500))")

            let after = try await client.get(page)
            #expect(after.body.contains("42.422 / 53.028 = 80,00\u{00A0}%"))
            #expect(after.body.contains("pemilih perempuan DPT"))
            #expect(after.body.contains("82.422 / 107.916 = 76,38\u{00A0}%"))
            let realisations = try await client.get(SiteURL.realisations(office: Self.office, year: 2024).path)
            #expect(realisations.body.contains("dihitung dari DPT dan pengguna hak pilih Pemilihan Serentak 27 November 2024: 42.422 / 53.028 = 80,00\u{00A0}%"))

            // Fewer women voting lowers the computed realisation.
            _ = try await client.post(elections, form: ["rows": row.replacingOccurrences(of: "42.422", with: "26.514")])
            #expect(try await client.get(page).body.contains("26.514 / 53.028 = 50,00\u{00A0}%"))
        }
    }

    @Test func dptWorkbook_isImported_orRefusedAtItsCells() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let url = SiteURL.importSheet(office: Self.office, year: 2024, sheet: "dpt").path

            let refused = try await client.postFile(url, fileName: "dpt-salah.xlsx", data: Self.workbook("pagaralam-dpt-salah"),
                                                    fields: ["eventId": "pemilihan2024"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Berkas dpt-salah.xlsx tidak diimpor"))
            #expect(refused.body.contains("Lembar &quot;Tabel 3.3&quot;, sel E7, Baris 7, kolom L") || refused.body.contains("Lembar \"Tabel 3.3\", sel E7, Baris 7, kolom L"))
            #expect(refused.body.contains("sel D9"))
            // Nothing was saved: the stored recap still has its 248 TPS.
            #expect(try await client.get(SiteURL.elections(office: Self.office, year: 2024).path).body.contains(">248<"))

            let imported = try await client.postFile(url, fileName: "dpt.xlsx", data: Self.workbook("pagaralam-dpt"), fields: ["eventId": "pemilihan2024"])
            #expect(imported.status == .seeOther, "\(imported.body.prefix(2000))")
            let confirmation = try await client.get(imported.location ?? "")
            #expect(confirmation.body.contains("diimpor dari lembar"))
            #expect(confirmation.body.contains("(5 baris)"))
            #expect(confirmation.body.contains("Baris 11: baris jumlah"))
            // The workbook's Dempo Tengah has the seed's 950 TPS: the rows now disagree with the printed 248.
            let review = try await client.get(SiteURL.elections(office: Self.office, year: 2024).path)
            #expect(review.body.contains("1.169"))
            #expect(review.body.contains("ARITH-DPT-TOTAL"))

            let notAWorkbook = try await client.postFile(url, fileName: "dpt.csv", data: Data("No;Kecamatan".utf8), fields: ["eventId": "pemilihan2024"])
            #expect(notAWorkbook.status == .unprocessableEntity)
            #expect(notAWorkbook.body.contains("simpan tabel sebagai Excel Workbook (.xlsx)"))
        }
    }

    @Test func theListOfTables_groupsElectionAndLogisticsTables() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("inspektorat")
            let list = try await client.get(SiteURL.sheets(office: Self.office, year: 2024).path)
            #expect(list.body.contains("Pemilu/Pemilihan: data pemilih dan partisipasi"))
            #expect(list.body.contains("Penerimaan dan penyortiran logistik"))
            let dpt = try await client.get(SiteURL.sheet(office: Self.office, year: 2024, sheet: "dpt").path)
            #expect(dpt.status == .ok)
            #expect(dpt.body.contains("Pagaralam Utara"))
            #expect(!dpt.body.contains("Impor berkas"), "a reviewer cannot import")
            let review = try await client.get(SiteURL.elections(office: Self.office, year: 2024).path)
            // Salinan A4: 744.000 − 155.744 = 588.256, 79,07 % of its pagu.
            #expect(review.body.contains("588.256") && review.body.contains("79,07\u{00A0}%"))
            #expect(review.body.contains("Pemusnahan surat suara: 486 lembar"))
            #expect(review.body.contains("13 dari 13 jenis logistik terpenuhi"))
            // The demo binds the logistics indicator to the sorting table: its realisation is computed, with its source.
            #expect(review.body.contains("dihitung dari tabel penyortiran logistik Pemilihan Serentak 27 November 2024: 13 dari 13 jenis logistik terpenuhi = 100,00\u{00A0}%"))
            let realisations = try await client.get(SiteURL.realisations(office: Self.office, year: 2024).path)
            #expect(realisations.body.contains("dihitung dari tabel penyortiran logistik"))
        }
    }
}
