import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor

/// Who may open and change what in an office's evaluation: the office fills, its leader submits, only the
/// Provinsi's evaluator scores a Kab/Kota; the inspectorate and the national admin read; a foreign province's
/// evaluator is refused everything (AccessTests.everyRoute_asEveryOfficeRole_againstAForeignOffice_isForbidden).
@Suite(.serialized) struct EvaluationAccessTests {
    /// The routes (by their place in `AccessTests.evaluationRoutes`) each account is refused with 403 on Asahan's
    /// evaluation while the office drafts it; every other route lets the account through to the workflow.
    static let refused: [String: Set<Int>] = [
        "operator.asahan": [4, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20],
        "ketua.asahan": [4, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 20],
        "evaluator.sumut": [8, 9, 10, 19],
        "inspektorat": Set(8...20),
        "admin": Set(8...20),
    ]

    @Test func eachRole_isRefusedExactlyWhatItMayNeverDo() async throws {
        try await withDemoApp { app in
            _ = try await EvaluationFlowTests.start(app)
            let routes = AccessTests.evaluationRoutes(asahan)
            for (account, refused) in Self.refused.sorted(by: { $0.key < $1.key }) {
                let client = WebClient(app: app)
                try await client.login(account)
                for (index, route) in routes.enumerated() {
                    let page = route.method == .GET ? try await client.get(route.url.path) : try await client.post(route.url.path, form: route.form)
                    if refused.contains(index) {
                        #expect(page.status == .forbidden, "\(account) \(route.method) \(route.url.path) → \(page.status)")
                    } else {
                        #expect(page.status != .forbidden && page.status != .internalServerError,
                                "\(account) \(route.method) \(route.url.path) → \(page.status)")
                    }
                }
            }
        }
    }

    @Test func recap_isForEvaluatorsOfTheProvinceAndKPURI_notForOfficesOrForeignProvinces() async throws {
        try await withDemoApp { app in
            let cases: [(account: String, office: String, status: HTTPResponseStatus)] = [
                ("evaluator.sumut", EvaluationFlowTests.sumut, .ok),
                ("inspektorat", "kpu-ri", .ok),
                ("admin", "kpu-ri", .ok),
                ("admin", EvaluationFlowTests.sumut, .ok),
                ("operator.asahan", EvaluationFlowTests.sumut, .forbidden),
                ("ketua.asahan", EvaluationFlowTests.sumut, .forbidden),
                ("evaluator.sumut", "kpu-ri", .forbidden),
                ("evaluator.sumut", asahan, .notFound),
            ]
            for (account, office, status) in cases {
                let client = WebClient(app: app)
                try await client.login(account)
                let page = try await client.get(SiteURL.evaluationRecap(office: office, year: 2024).path)
                #expect(page.status == status, "\(account) \(office) → \(page.status)")
            }
        }
    }

    @Test func kpuRI_isScoredByItsOwnInspectorate_aProvinceByKPURI() {
        let inspectorate = SessionUser(id: UUID(), username: "inspektorat", name: "inspektorat", role: .reviewer, officeCode: "kpu-ri")
        let evaluator = SessionUser(id: UUID(), username: "evaluator.sumut", name: "evaluator.sumut", role: .provincialEvaluator, officeCode: "654293")
        #expect(EvaluationAccess.role(of: inspectorate, office: "kpu-ri", level: .ri, ancestors: [], parentLevel: nil) == .evaluator)
        #expect(EvaluationAccess.role(of: inspectorate, office: "654293", level: .provinsi, ancestors: ["kpu-ri"], parentLevel: .ri) == .evaluator)
        #expect(EvaluationAccess.role(of: inspectorate, office: asahan, level: .kabupatenKota, ancestors: ["654293", "kpu-ri"], parentLevel: .provinsi) == .observer)
        #expect(EvaluationAccess.role(of: evaluator, office: asahan, level: .kabupatenKota, ancestors: ["654293", "kpu-ri"], parentLevel: .provinsi) == .evaluator)
        #expect(EvaluationAccess.role(of: evaluator, office: "654293", level: .provinsi, ancestors: ["kpu-ri"], parentLevel: .ri) == .observer)
        #expect(EvaluationAccess.role(of: evaluator, office: "pagaralam", level: .kabupatenKota, ancestors: ["kpu-sumsel", "kpu-ri"], parentLevel: .provinsi) == nil)
    }

    @Test func nationalAdmin_loadsTheNextYearsLKE_othersCannot() async throws {
        try await withDemoApp { app in
            var next = LKEVersion.permenPANRB88
            next.id = "kpu-2025"
            next.title = "LKE Evaluasi AKIP KPU 2025"
            next.firstYear = 2025
            let text = LKEVersionWriter.write(next)
            let operatorClient = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            #expect(try await operatorClient.get(SiteURL.lkeVersions.path).status == .forbidden)
            #expect(try await operatorClient.postMultipart(SiteURL.lkeVersions.path, fileName: "lke.json", fileContent: text).status == .forbidden)

            let admin = WebClient(app: app)
            try await admin.login("admin")
            let list = try await admin.get(SiteURL.lkeVersions.path)
            #expect(list.status == .ok)
            #expect(list.body.contains("80 kriteria"))
            let broken = try await admin.postMultipart(SiteURL.lkeVersions.path, fileName: "lke.json",
                                                       fileContent: text.replacingOccurrences(of: "\"firstYear\"", with: "\"firstYaer\""))
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.body.contains("firstYaer"))
            let loaded = try await admin.postMultipart(SiteURL.lkeVersions.path, fileName: "lke.json", fileContent: text)
            #expect(loaded.status == .seeOther)
            let after = try await admin.get(SiteURL.lkeVersions.path)
            #expect(after.body.contains("LKE Evaluasi AKIP KPU 2025"))
            #expect(after.body.contains("2025–seterusnya"))
            let again = try await admin.postMultipart(SiteURL.lkeVersions.path, fileName: "lke.json", fileContent: text)
            #expect(again.status == .conflict)
            #expect(again.body.contains("sudah dimuat"))
            let store = OfficeYearStore(database: app.db)
            #expect(try await store.lkeVersion(forNewEvaluationOf: 2025)?.id == "kpu-2025")
            #expect(try await store.lkeVersion(forNewEvaluationOf: 2024)?.id == LKEVersion.permenPANRB88.id)

            // Taken off the offer, a loaded version leaves new evaluations to the bundled one; offered again, it is back.
            let digest = next.digest
            #expect(try await admin.post(SiteURL.lkeVersionState.path, form: ["digest": digest, "active": "tidak"]).status == .seeOther)
            #expect(try await admin.get(SiteURL.lkeVersions.path).body.contains("Tidak ditawarkan"))
            #expect(try await store.lkeVersion(forNewEvaluationOf: 2025)?.id == LKEVersion.permenPANRB88.id)
            #expect(try await admin.post(SiteURL.lkeVersionState.path, form: ["digest": digest, "active": "ya"]).status == .seeOther)
            #expect(try await store.lkeVersion(forNewEvaluationOf: 2025)?.id == "kpu-2025")
            let bundled = try await admin.post(SiteURL.lkeVersionState.path, form: ["digest": LKEVersion.permenPANRB88.digest, "active": "tidak"])
            #expect(bundled.status == .notFound)
            #expect(bundled.body.contains("LKE bawaan selalu tersedia"))
            #expect(try await operatorClient.post(SiteURL.lkeVersionState.path, form: ["digest": digest, "active": "tidak"]).status == .forbidden)
        }
    }
}
