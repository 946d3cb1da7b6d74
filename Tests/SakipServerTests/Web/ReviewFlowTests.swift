import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// The automatic review in the application: on the dashboard, beside the rows it concerns, and in the way of signing.
@Suite(.serialized) struct ReviewFlowTests {
    @Test func asPrintedFile_showsItsFindings_onTheDashboard_andBesideTheRows() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            let clean = try await client.get(SiteURL.dashboard(office: "pagaralam", year: 2024).path)
            #expect(clean.body.contains("0 kesalahan"))
            let printed = try String(contentsOf: DemoData.seedDirectory.appendingPathComponent("pagaralam-2024.json"), encoding: .utf8)
            let imported = try await client.postMultipart(SiteURL.importFile.path, fileName: "pagaralam-2024.json", fileContent: printed)
            #expect(imported.status == .ok || imported.status == .seeOther)
            let dashboard = try await client.get(SiteURL.dashboard(office: "pagaralam", year: 2024).path)
            #expect(dashboard.body.contains("Reviu otomatis"))
            #expect(dashboard.body.contains("CHRON-REVISION-ORDER"))
            #expect(dashboard.body.contains("LOGIC-POLARITY"))
            let revisions = try await client.get(SiteURL.sheet(office: "pagaralam", year: 2024, sheet: "revisi-dipa").path)
            #expect(revisions.body.contains("CHRON-REVISION-ORDER"))
            #expect(!revisions.body.contains("LOGIC-POLARITY"))
            let realisations = try await client.get(SiteURL.realisations(office: "pagaralam", year: 2024).path)
            #expect(realisations.body.contains("ARITH-ROUNDING"))
        }
    }

    @Test func boundIndicator_showsWhereItsRealisationComesFrom() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("operator.pagaralam")
            var file = try OfficeYearReader.read(contentsOf: DemoData.seedDirectory.appendingPathComponent("pagaralam-2024-corrected.json")).officeYear
            file.elections[0].turnout = Turnout(voted: VoterCount(male: 40000, female: 42000), disabilityRegistered: 400, disabilityVoted: 300,
                                                firstTimeRegistered: 10000, firstTimeVoted: 8000, validBallots: 80000, invalidBallots: 2000)
            file.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
            let imported = try await client.postMultipart(SiteURL.importFile.path, fileName: "pagaralam.json", fileContent: OfficeYearWriter.write(file))
            #expect(imported.status == .ok || imported.status == .seeOther)
            let page = try await client.get(SiteURL.realisations(office: "pagaralam", year: 2024).path)
            #expect(page.body.contains("42.000 / 53.028 = 79,20\u{00A0}%"))
            // 79,2034…/77 × 100 = 102,86 %: the typed table value is replaced by the election data.
            #expect(try await client.get(SiteURL.dashboard(office: "pagaralam", year: 2024).path).body.contains("102,86\u{00A0}%"))
        }
    }

    @Test func errors_blockSigning_untilTheLeaderOverridesWithAReason_whichIsRecorded() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            #expect(try await operatorClient.post(SiteURL.reviseAgreement(office: asahan, year: 2024, level: "ketua").path,
                                                  form: ["target[I7]": "77 %"]).status == .seeOther)
            // Revisi 1 dated before the DIPA it revises: an error-level finding.
            let dated = try await operatorClient.post(SiteURL.sheet(office: asahan, year: 2024, sheet: "revisi-dipa").path,
                                                      form: ["rows": "0\tDIPA Awal\t\t5 Januari 2024\t\t\n1\t\t\t2 Januari 2024\t\t"])
            #expect(dated.status == .seeOther)

            let leader = WebClient(app: app)
            try await leader.login("ketua.asahan")
            let url = SiteURL.signAgreement(office: asahan, year: 2024, level: "ketua").path
            let page = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(page.body.contains("CHRON-REVISION-ORDER"))
            let blocked = try await leader.post(url, form: ["date": "10 Januari 2024"])
            #expect(blocked.status == .conflict)
            #expect(blocked.body.contains("PK belum ditandatangani"))
            let noReason = try await leader.post(url, form: ["date": "10 Januari 2024", "override": "ya", "overrideReason": " "])
            #expect(noReason.status == .conflict)
            #expect(noReason.body.contains("Kolom Alasan"))
            let draft = try await leader.get(SiteURL.agreement(office: asahan, year: 2024, level: "ketua").path)
            #expect(draft.body.contains("draf, belum ditandatangani"))

            let signed = try await leader.post(url, form: ["date": "10 Januari 2024", "override": "ya", "overrideReason": "Revisi DIPA diperbaiki operator minggu ini"])
            #expect(signed.status == .seeOther)
            let dashboard = try await leader.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            #expect(dashboard.body.contains("ditandatangani meskipun reviu otomatis menemukan"))
            #expect(dashboard.body.contains("Revisi DIPA diperbaiki operator minggu ini"))
        }
    }
}
