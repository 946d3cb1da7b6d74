import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// A quarter's realisations of every PK indicator pasted as one table, and the capaian of each quarter on the
/// realisation page.
@Suite(.serialized) struct QuarterTableFlowTests {
    @Test func operator_pastesTheSecondQuarter_andThePageShowsEachQuartersCapaian() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let page = SiteURL.realisations(office: asahan, year: 2024).path
            let quarterTable = SiteURL.sheet(office: asahan, year: 2024, sheet: "realisasi-tw2").path
            #expect(try await client.get(page).body.contains("href=\"\(quarterTable)\""))
            // The RAK sets I7's second quarter at 50 %; I1 has no RAK target, so it is measured against the PK's 95 %.
            let rak = try await client.post(SiteURL.sheet(office: asahan, year: 2024, sheet: "rak").path,
                                            form: ["rows": "ID Indikator\tTW I\tTW II\tTW III\tTW IV\nI7\t25 %\t50 %\t70 %\t75 %"])
            #expect(rak.status == .seeOther, "\(rak.body.prefix(2000))")
            let pasted = """
            ID Indikator\tIndikator\tRealisasi\tPenjelasan\tBukti dukung
            I7\t\t45 %\tRekap DPB triwulan II\thttps://kab-asahan.kpu.go.id/dpb-tw2
            I1\t\t47,5 %\t\t
            I4\t\t\t\t
            """
            let saved = try await client.post(quarterTable, form: ["rows": pasted])
            #expect(saved.status == .seeOther, "\(saved.body.prefix(2000))")
            #expect(try await client.get(saved.location ?? "").body.contains("Tabel Realisasi Triwulan II disimpan"))

            let shown = try await client.get(page).body
            let i7 = Self.section("I7", of: shown)
            // 45 / 50 (the RAK's Triwulan II) = 90,00 %; the other quarters have no realisation yet.
            #expect(i7.contains(">90,00\u{00A0}%</td>"), "\(i7)")
            #expect(i7.contains("terhadap target RAK Triwulan II: 50\u{00A0}%"))
            #expect(i7.contains("Rekap DPB triwulan II"))
            // 47,5 / 95 (the year's target, marked) = 50,00 %.
            #expect(Self.section("I1", of: shown).contains(">50,00\u{00A0}% †</td>"))
            // The year's value is the latest quarter's so far: 45 / 75 = 60,00 %.
            #expect(i7.contains(">60,00\u{00A0}% · Kurang Berhasil</td>"))
        }
    }

    @Test func quarterTableWithSeveralBadCells_isRefusedAtEachOne_keepingWhatWasTyped() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.asahan")
            let url = SiteURL.sheet(office: asahan, year: 2024, sheet: "realisasi-tw3").path
            let typed = "I7\t\tsekitar 75\tbelum final\t\nZZ9\t\t50 %\t\t\nI4\t\t100 %\tnilai dari KPU RI\t"
            let refused = try await client.post(url, form: ["rows": typed])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Baris 1, kolom Realisasi"))
            #expect(refused.body.contains("Baris 2, kolom ID Indikator"))
            #expect(refused.body.contains("Baris 3, kolom Realisasi"))
            #expect(refused.body.contains("sekitar 75") && refused.body.contains("belum final") && refused.body.contains("nilai dari KPU RI"))
            // The same value typed in the single-realisation form is refused for the same reason.
            let grade = "diharapkan salah satu nilai AA, A, BB, B, CC, C, D"
            #expect(refused.body.contains(grade))
            let single = try await client.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                               form: ["indicatorId": "I4", "quarter": "3", "value": "100 %"])
            #expect(single.status == .unprocessableEntity)
            #expect(single.body.contains(grade))
            // Nothing was saved.
            let page = try await client.get(SiteURL.realisations(office: asahan, year: 2024).path).body
            #expect(!Self.section("I7", of: page).contains("sekitar 75"))
            #expect(!Self.section("I4", of: page).contains("100 %"))
        }
    }

    /// The realisation page's section of one indicator.
    static func section(_ id: String, of body: String) -> String {
        guard let start = body.range(of: "id=\"indikator-\(id)\"") else { return "" }
        let end = body.range(of: "</section>", range: start.upperBound..<body.endIndex)?.upperBound ?? body.endIndex
        return String(body[start.lowerBound..<end])
    }
}
