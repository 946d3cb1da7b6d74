import Foundation
import NIOCore
@testable import SakipServer
import Testing
import Vapor

/// Every route, tried as every role against an office the role has no business with.
@Suite(.serialized) struct AccessTests {
    /// Every office-year route with a form that would change something if it got through.
    static func routes(_ office: String) -> [(method: HTTPMethod, url: SiteURL, form: [String: String])] {
        let year = 2024
        return [
            (.GET, .dashboard(office: office, year: year), [:]),
            (.GET, .realisations(office: office, year: year), [:]),
            (.GET, .agreement(office: office, year: year, level: "ketua"), [:]),
            (.GET, .agreement(office: office, year: year, level: "sekretaris"), [:]),
            (.GET, .budget(office: office, year: year), [:]),
            (.GET, .export(office: office, year: year), [:]),
            (.GET, .sheets(office: office, year: year), [:]),
            (.GET, .sheet(office: office, year: year, sheet: "pegawai"), [:]),
            (.GET, .analyses(office: office, year: year), [:]),
            (.GET, .documents(office: office, year: year), [:]),
            (.GET, .profile(office: office, year: year), [:]),
            (.GET, .elections(office: office, year: year), [:]),
            (.GET, .sheet(office: office, year: year, sheet: "dpt"), [:]),
            (.GET, .document(office: office, year: year, name: "lkj.docx"), [:]),
            (.GET, .document(office: office, year: year, name: "reviu.docx"), [:]),
            (.GET, .consolidation(office: office, year: year), [:]),
            (.GET, .consolidationWorkbook(office: office, year: year), [:]),
            (.POST, .realisations(office: office, year: year), ["indicatorId": "I1", "quarter": "4", "value": "1 %"]),
            (.POST, .capaianPreview(office: office, year: year), ["indicatorId": "I1", "value": "1 %"]),
            (.POST, .signAgreement(office: office, year: year, level: "ketua"), [:]),
            (.POST, .reviseAgreement(office: office, year: year, level: "ketua"), ["target[I1]": "1 %"]),
            (.POST, .budget(office: office, year: year), ["code": "076.01.CQ", "pagu": "1", "realisasi": "1"]),
            (.POST, .comments(office: office, year: year), ["subject": "umum", "text": "x"]),
            (.POST, .sheet(office: office, year: year, sheet: "riwayat-anggaran"), ["rows": "2019\t1\t1"]),
            (.POST, .sheet(office: office, year: year, sheet: "pemilihan"), ["rows": "p1\tPemilu\t\tpemilu"]),
            (.POST, .importSheet(office: office, year: year, sheet: "dpt"), ["eventId": "p1"]),
            (.POST, .analyses(office: office, year: year), ["actions[I1]": "x"]),
            (.POST, .newYear(office: office), ["year": "2026"]),
            (.POST, .profile(office: office, year: year), ["city": "X", "renstraStart": "2020", "renstraEnd": "2024", "lowerIsBetterFormula": "ratio"]),
            (.POST, .finaliseReport(office: office, year: year), ["place": "Kisaran", "date": "17 Januari 2025"]),
            (.POST, .reopenReport(office: office, year: year), ["reason": "koreksi"]),
            (.POST, .reviseAgreement(office: office, year: year, level: "sekretaris"), ["complete": "ya", "include[I1]": "ya", "target[I1]": "1 %"]),
            (.POST, .signAgreement(office: office, year: year, level: "sekretaris"), ["date": "2 Januari 2024"]),
            (.GET, .sheet(office: office, year: year, sheet: "pk-ketua"), [:]),
            (.POST, .sheet(office: office, year: year, sheet: "pk-ketua"), ["rows": "\tI1\t1 %"]),
        ]
    }

    /// Every evaluation route of an office, with a form that would change something if it got through.
    static func evaluationRoutes(_ office: String) -> [(method: HTTPMethod, url: SiteURL, form: [String: String])] {
        let year = 2024
        return [
            (.GET, .evaluation(office: office, year: year), [:]),
            (.GET, .selfAssessment(office: office, year: year), [:]),
            (.GET, .scoring(office: office, year: year), [:]),
            (.GET, .lhe(office: office, year: year), [:]),
            (.GET, .lheFile(office: office, year: year, name: "lhe-\(office)-2024.docx"), [:]),
            (.GET, .followUp(office: office, year: year), [:]),
            (.GET, .evaluationRecap(office: office, year: year), [:]),
            (.GET, .evaluationRecapWorkbook(office: office, year: year), [:]),
            (.POST, .startEvaluation(office: office, year: year), [:]),
            (.POST, .selfAssessment(office: office, year: year), ["met[1.a.1]": "ada"]),
            (.POST, .submitSelfAssessment(office: office, year: year), [:]),
            (.POST, .scoring(office: office, year: year), ["met[1.a.1]": "tidak"]),
            (.POST, .returnEvaluation(office: office, year: year), ["note": "x"]),
            (.POST, .completeScoring(office: office, year: year), [:]),
            (.POST, .reopenScoring(office: office, year: year), ["note": "x"]),
            (.POST, .lhe(office: office, year: year), ["number": "1"]),
            (.POST, .recommendation(office: office, year: year), ["component": "1", "text": "x", "personInCharge": "x", "targetDate": "1 Juli 2025"]),
            (.POST, .removeRecommendation(office: office, year: year), ["id": "R1"]),
            (.POST, .issueLHE(office: office, year: year), [:]),
            (.POST, .followUp(office: office, year: year), ["recommendation": "R1", "description": "x"]),
            (.POST, .verifyFollowUp(office: office, year: year), ["recommendation": "R1", "action": "TL1", "verdict": "accepted"]),
        ]
    }

    /// Every submission route of an office, with a form that would change something if it got through.
    static func submissionRoutes(_ office: String) -> [(method: HTTPMethod, url: SiteURL, form: [String: String])] {
        let year = 2024
        return [
            (.GET, .submissions(office: office, year: year), [:]),
            (.GET, .submissionVersion(office: office, year: year, document: "lkj", number: 1), [:]),
            (.GET, .acceptedDocuments(office: office, year: year), [:]),
            (.POST, .submitDocument(office: office, year: year, document: "pk"), [:]),
            (.POST, .returnDocument(office: office, year: year, document: "pk"), ["note": "x"]),
            (.POST, .acceptDocument(office: office, year: year, document: "pk"), [:]),
            (.POST, .answerNote(office: office, year: year, id: UUID().uuidString), ["answer": "x"]),
        ]
    }

    /// The national catalogue mapping's routes (no office in the path), with a form that would change something.
    static let catalogueRoutes: [(method: HTTPMethod, url: SiteURL, form: [String: String])] = [
        (.GET, .catalogueMapping, [:]),
        (.POST, .catalogueDecision, ["tahun": "2024", "kantor": asahan, "indikator": "I1", "pernyataan": "x", "keputusan": "bukan"]),
        (.POST, .confirmStrongSuggestions, ["tahun": "2024"]),
    ]

    /// Each account with an office it must not reach at all.
    static let foreign: [(account: String, office: String)] = [
        ("operator.asahan", pematangsiantar),
        ("ketua.asahan", pematangsiantar),
        ("operator.pematangsiantar", asahan),
        ("operator.pagaralam", asahan),
        ("evaluator.sumut", "pagaralam"),
    ]

    @Test func everyRoute_asEveryOfficeRole_againstAForeignOffice_isForbidden() async throws {
        try await withDemoApp { app in
            for (account, office) in Self.foreign {
                let client = WebClient(app: app)
                try await client.login(account)
                for route in Self.routes(office) + Self.evaluationRoutes(office) + Self.submissionRoutes(office) + Self.catalogueRoutes {
                    let page = route.method == .GET ? try await client.get(route.url.path)
                        : try await client.post(route.url.path, form: route.form)
                    #expect(page.status == .forbidden, "\(account) \(route.method) \(route.url.path) → \(page.status)")
                    #expect(!page.body.contains("Persentase"), "\(account) must not see indicator data of \(office)")
                }
            }
            let export = try await WebClient(app: app).get(SiteURL.export(office: asahan, year: 2024).path)
            #expect(export.status == .seeOther && export.location == SiteURL.login.path)
        }
    }

    @Test func readOnlyRoles_cannotChangeAnything_onOfficesTheyRead() async throws {
        try await withDemoApp { app in
            for (account, office) in [("evaluator.sumut", asahan), ("inspektorat", "pagaralam"), ("ketua.asahan", asahan)] {
                let client = WebClient(app: app)
                try await client.login(account)
                #expect(try await client.get(SiteURL.dashboard(office: office, year: 2024).path).status == .ok)
                for route in Self.routes(office) where route.method == .POST {
                    guard route.url != .comments(office: office, year: 2024), route.url != .capaianPreview(office: office, year: 2024) else { continue }
                    if account == "ketua.asahan", route.url == .signAgreement(office: office, year: 2024, level: "ketua")
                        || route.url == .finaliseReport(office: office, year: 2024) || route.url == .reopenReport(office: office, year: 2024)
                        || route.url == .signAgreement(office: office, year: 2024, level: "sekretaris") { continue }
                    let page = try await client.post(route.url.path, form: route.form)
                    #expect(page.status == .forbidden, "\(account) \(route.url.path) → \(page.status)")
                }
            }
        }
    }

    /// Who may take which submission action on an office they can read: the leader submits, the operator and the
    /// leader answer, only the evaluator of the office directly above decides.
    @Test func submissionActions_onlyForTheirRole_onOfficesTheyRead() async throws {
        try await withDemoApp { app in
            let routes = Self.submissionRoutes(asahan).filter { $0.method == .POST }
            let allowed: [String: Set<String>] = [
                "operator.asahan": ["jawab"], "ketua.asahan": ["ajukan", "jawab"], "evaluator.sumut": ["kembalikan", "terima"],
                "inspektorat": [], "admin": [],
            ]
            for (account, actions) in allowed {
                let client = WebClient(app: app)
                try await client.login(account)
                #expect(try await client.get(SiteURL.submissions(office: asahan, year: 2024).path).status == .ok)
                for route in routes {
                    let action = route.url.path.split(separator: "/").last.map(String.init) ?? ""
                    let status = try await client.post(route.url.path, form: route.form).status
                    if actions.contains(action) {
                        #expect(status != .forbidden, "\(account) \(route.url.path) → \(status)")
                    } else {
                        #expect(status == .forbidden, "\(account) \(route.url.path) → \(status)")
                    }
                }
            }
        }
    }

    /// The catalogue mapping is KPU RI's: its national admin, evaluator and inspectorate; not a province's evaluator, not an
    /// office's operator or leader, not even KPU RI's own operator or leader. Refused before the body is read.
    @Test func catalogueMapping_onlyForTheNationalAdminAndKPURIEvaluators() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            for (username, role) in [("evaluator.ri", "provincialEvaluator"), ("operator.ri", "officeOperator"), ("ketua.ri", "officeLeader")] {
                let created = try await admin.post(SiteURL.users.path, form: ["username": username, "name": "Pengguna \(username)", "role": role,
                                                                               "office": "kpu-ri", "password": "rahasia-menteng-2024"])
                #expect(created.status == .seeOther, "\(username): \(created.status)")
            }
            let accounts: [(String, String, Bool)] = [
                ("admin", "sakip-demo", true), ("inspektorat", "sakip-demo", true), ("evaluator.ri", "rahasia-menteng-2024", true),
                ("evaluator.sumut", "sakip-demo", false), ("operator.asahan", "sakip-demo", false), ("ketua.asahan", "sakip-demo", false),
                ("operator.pagaralam", "sakip-demo", false), ("operator.ri", "rahasia-menteng-2024", false), ("ketua.ri", "rahasia-menteng-2024", false),
            ]
            for (account, password, allowed) in accounts {
                let client = WebClient(app: app)
                try await client.login(account, password: password)
                for route in Self.catalogueRoutes {
                    let page = route.method == .GET ? try await client.get(route.url.path) : try await client.post(route.url.path, form: route.form)
                    if allowed {
                        #expect(page.status != .forbidden && page.status.code < 500, "\(account) \(route.method) \(route.url.path) → \(page.status)")
                    } else {
                        #expect(page.status == .forbidden, "\(account) \(route.method) \(route.url.path) → \(page.status)")
                        #expect(!page.body.contains("Konfirmasi semua usulan kuat"))
                    }
                }
                if !allowed {
                    // A body past every limit: the right is decided first.
                    let huge = try await client.send(.POST, SiteURL.catalogueDecision.path, headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                                     body: ByteBuffer(repeating: 0x25, count: 3 * 1024 * 1024))
                    #expect(huge.status == .forbidden, "\(account) → \(huge.status)")
                }
            }
            for route in Self.catalogueRoutes {
                let anonymous = route.method == .GET ? try await WebClient(app: app).get(route.url.path)
                    : try await WebClient(app: app).post(route.url.path, form: route.form)
                #expect(anonymous.status == .seeOther && anonymous.location == SiteURL.login.path)
            }
        }
    }

    @Test func nationalAdmin_readsEveryOffice_butCannotSign() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("admin")
            for office in [asahan, pematangsiantar, "pagaralam"] {
                #expect(try await client.get(SiteURL.dashboard(office: office, year: 2024).path).status == .ok)
            }
            let sign = try await client.post(SiteURL.signAgreement(office: asahan, year: 2024, level: "ketua").path, form: [:])
            #expect(sign.status == .forbidden)
        }
    }

    @Test func policy_matrix() {
        let chain = ["kpu-sumut", "kpu-ri"]
        #expect(AccessPolicy.access(role: .officeOperator, userOffice: "A", target: "A", ancestors: chain).edit)
        #expect(AccessPolicy.access(role: .officeOperator, userOffice: "B", target: "A", ancestors: chain) == .none)
        #expect(AccessPolicy.access(role: .provincialEvaluator, userOffice: "kpu-sumut", target: "A", ancestors: chain).comment)
        #expect(!AccessPolicy.access(role: .provincialEvaluator, userOffice: "kpu-sumut", target: "A", ancestors: chain).edit)
        #expect(AccessPolicy.access(role: .provincialEvaluator, userOffice: "kpu-sumsel", target: "A", ancestors: chain) == .none)
        #expect(AccessPolicy.access(role: .officeLeader, userOffice: "A", target: "A", ancestors: chain).sign)
        #expect(!AccessPolicy.access(role: .nationalAdmin, userOffice: "kpu-ri", target: "A", ancestors: chain).sign)
        #expect(AccessPolicy.access(role: .reviewer, userOffice: "kpu-ri", target: "A", ancestors: chain).read)
    }
}
