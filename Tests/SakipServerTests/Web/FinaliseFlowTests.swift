import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// The leader dates and signs the LKj; errors in the data stand in the way unless overridden with a reason.
@Suite(.serialized) struct FinaliseFlowTests {
    @Test func leader_finalisesTheLKj_whichCarriesItsPlaceAndDate() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let url = SiteURL.finaliseReport(office: asahan, year: 2024).path
            let badDate = try await leader.post(url, form: ["place": "Kisaran", "date": "32 Januari 2025"])
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.body.contains("Kolom Tanggal"))
            #expect(badDate.body.contains("32 Januari 2025"))
            let done = try await leader.post(url, form: ["place": "Kisaran", "date": "20 Januari 2025"])
            #expect(done.status == .seeOther)
            #expect(try await leader.get(SiteURL.documents(office: asahan, year: 2024).path).body.contains("LKj final: Kisaran, 20 Januari 2025 (finalisasi ke-1"))
            let exported = try await leader.get(SiteURL.export(office: asahan, year: 2024).path)
            let file = try OfficeYearReader.read(exported.body).officeYear
            #expect(file.report.date == CalendarDate(year: 2025, month: 1, day: 20))
            #expect(file.report.place == "Kisaran")
        }
    }

    @Test func reportDatedBeforeTheYearEnds_isBlocked_untilOverriddenWithAReason() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let url = SiteURL.finaliseReport(office: asahan, year: 2024).path
            let blocked = try await leader.post(url, form: ["place": "Kisaran", "date": "20 Desember 2024"])
            #expect(blocked.status == .conflict)
            #expect(blocked.body.contains("CHRON-REPORT-DATE"))
            #expect(blocked.body.contains("LKj belum difinalkan"))
            let noReason = try await leader.post(url, form: ["place": "Kisaran", "date": "20 Desember 2024", "override": "ya"])
            #expect(noReason.status == .conflict)
            #expect(noReason.body.contains("Kolom Alasan"))
            let overridden = try await leader.post(url, form: ["place": "Kisaran", "date": "20 Desember 2024", "override": "ya",
                                                              "overrideReason": "Diminta terbit sebelum akhir tahun oleh KPU Provinsi"])
            #expect(overridden.status == .seeOther)
            let dashboard = try await leader.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("LKj difinalkan meskipun reviu otomatis menemukan"))
            #expect(dashboard.body.contains("Diminta terbit sebelum akhir tahun oleh KPU Provinsi"))
        }
    }
}
