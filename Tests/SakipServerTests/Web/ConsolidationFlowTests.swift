import FluentKit
import Foundation
import SakipCore
@testable import SakipServer
import Testing
import Vapor

let sumut = "654293"
let sumsel = "kpu-sumatera-selatan"

/// The consolidation pages of a KPU Provinsi and KPU RI: who reaches them, what they read from summaries and submissions.
@Suite(.serialized) struct ConsolidationFlowTests {
    /// An accepted 2024 PK of an office, written straight into the database (as another instance or a tool would).
    static func storeAcceptedPK(officeCode: String, firstSubmittedOn: String, daysLate: Int?, on db: any Database) async throws {
        let officeYear = try #require(try await OfficeYearStore(database: db).officeYearModel(officeCode: officeCode, year: 2024))
        let submission = SubmissionModel()
        submission.$officeYear.id = try officeYear.requireID()
        submission.officeID = officeYear.$office.id
        submission.year = 2024
        submission.document = "pk"
        submission.state = SubmissionState.accepted.rawValue
        submission.currentVersion = 1
        submission.acceptedVersion = 1
        submission.firstSubmittedOn = firstSubmittedOn
        submission.daysLate = daysLate
        submission.updatedAt = Date()
        try await submission.create(on: db)
    }

    @Test func provinceEvaluator_seesItsKabKota_withStatesFromSubmissions() async throws {
        try await withDemoApp { app in
            // Asahan's PK was accepted; Pematangsiantar has no submission row: a draft, late since 31 January 2024.
            try await Self.storeAcceptedPK(officeCode: asahan, firstSubmittedOn: "2024-02-05", daysLate: 5, on: app.db)
            let client = WebClient(app: app)
            try await client.login("evaluator.sumut")

            let page = try await client.get(SiteURL.consolidation(office: sumut, year: 2024).path)

            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"status-\(asahan)\""))
            #expect(page.body.contains("id=\"status-\(pematangsiantar)\""))
            #expect(!page.body.contains("Pagar Alam"))
            let asahanRow = try #require(page.body.components(separatedBy: "id=\"status-\(asahan)\"").last?.components(separatedBy: "</tr>").first)
            #expect(asahanRow.contains("Diterima (terlambat)"))
            // Days late: the larger of the PK's 5 and the LKj's days past its deadline (not submitted yet).
            let lkjDeadline = try #require(SubmissionDeadline.default(.lkj, year: 2024))
            let expectedLate = max(5, SubmissionDeadline.daysLate(submittedOn: .today, deadline: lkjDeadline))
            #expect(asahanRow.contains("<td class=\"num\">\(expectedLate)</td>"))
            let siantarRow = try #require(page.body.components(separatedBy: "id=\"status-\(pematangsiantar)\"").last?.components(separatedBy: "</tr>").first)
            #expect(siantarRow.contains("Draf"))
            // The summary's office capaian, as the office's own dashboard computes it.
            let stored = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            let capaian = try #require(stored.measure().officeMean)
            #expect(asahanRow.contains(IndonesianFormat.percent(capaian)))
            #expect(page.body.contains("Perbandingan IKU antarkantor"))
            #expect(page.body.contains("Indikator belum dipetakan"))

            let workbook = try await client.get(SiteURL.consolidationWorkbook(office: sumut, year: 2024).path)
            #expect(workbook.status == .ok)
            #expect(workbook.headers.first(name: .contentType)?.contains("spreadsheetml") == true)
            #expect(workbook.bytes.prefix(2) == Data("PK".utf8))
        }
    }

    @Test func consolidation_isForbidden_outsideTheProvince_beforeTheBodyIsRead() async throws {
        try await withDemoApp { app in
            for (account, office) in [("evaluator.sumut", sumsel), ("evaluator.sumut", "kpu-ri"), ("operator.asahan", sumut),
                                      ("ketua.asahan", sumut), ("operator.pagaralam", sumut), ("operator.pagaralam", sumsel)] {
                let client = WebClient(app: app)
                try await client.login(account)
                for url in [SiteURL.consolidation(office: office, year: 2024), .consolidationWorkbook(office: office, year: 2024)] {
                    let page = try await client.get(url.path)
                    #expect(page.status == .forbidden, "\(account) \(url.path) → \(page.status)")
                    #expect(!page.body.contains("Persentase"))
                }
            }
            let admin = WebClient(app: app)
            try await admin.login("admin")
            #expect(try await admin.get(SiteURL.consolidation(office: "kpu-ri", year: 2024).path).status == .ok)
            #expect(try await admin.get(SiteURL.consolidation(office: sumsel, year: 2024).path).status == .ok)
            #expect(try await admin.get(SiteURL.consolidation(office: asahan, year: 2024).path).status == .notFound)
            let inspectorate = WebClient(app: app)
            try await inspectorate.login("inspektorat")
            #expect(try await inspectorate.get(SiteURL.consolidation(office: sumut, year: 2024).path).status == .ok)
            let anonymous = try await WebClient(app: app).get(SiteURL.consolidation(office: sumut, year: 2024).path)
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test func nationalPage_comparesIKU_byCatalogueEntry_andFilters() async throws {
        try await withDemoApp { app in
            try await NationalDemoData.load(on: app.db, hasher: app.password, configuration: .init(years: 2024...2024), provinces: ["Bengkulu"])
            let client = WebClient(app: app)
            try await client.login("evaluator.kpuri")
            let bengkulu = try #require(try await OfficeModel.query(on: app.db).filter(\.$name == "KPU Provinsi Bengkulu").first())

            let national = try await client.get(SiteURL.consolidation(office: "kpu-ri", year: 2024).path)
            let filtered = try await client.get(SiteURL.consolidation(office: "kpu-ri", year: 2024).path + "?provinsi=\(bengkulu.code)&tingkat=kabupatenKota")
            let province = try await client.get(SiteURL.consolidation(office: bengkulu.code, year: 2024).path)
            let offices = WebClient(app: app)
            try await offices.login("evaluator.bengkulu")
            let list = try await offices.get(SiteURL.offices.path)

            #expect(national.status == .ok)
            #expect(national.body.contains("Rekap per provinsi"))
            #expect(national.body.contains("Tren 2020–2024"))
            #expect(filtered.status == .ok)
            let rows = filtered.body.components(separatedBy: "<tr id=\"status-").count - 1
            #expect(rows == 10)
            #expect(!filtered.body.contains("id=\"status-\(asahan)\""))
            #expect(province.status == .ok)
            // Every Kab/Kota of Bengkulu has its IKU compared, ranked from 1.
            #expect(province.body.contains("class=\"comparison\""))
            #expect(province.body.contains("<td class=\"num\">1</td>"))
            #expect(list.status == .ok)
            #expect(list.body.contains(SiteURL.consolidation(office: bengkulu.code, year: 2024).path))
            #expect(!list.body.contains(SiteURL.consolidation(office: sumut, year: 2024).path))
        }
    }
}
