import Fluent
import Foundation
@testable import SakipServer
import SakipCore
import Testing
import Vapor
import ZIPFoundation

/// The PK and LKj go to the parent office: the Ketua submits, the Provinsi's evaluator returns with notes pinned to
/// places or accepts; every submission freezes a version with its digest, printed in its document's footer.
@Suite(.serialized) struct SubmissionFlowTests {
    static let page = SiteURL.submissions(office: asahan, year: 2024).path
    static func submit(_ document: String) -> String { SiteURL.submitDocument(office: asahan, year: 2024, document: document).path }
    static func returnURL(_ document: String) -> String { SiteURL.returnDocument(office: asahan, year: 2024, document: document).path }
    static func accept(_ document: String) -> String { SiteURL.acceptDocument(office: asahan, year: 2024, document: document).path }

    /// The digest shown for a version on the submission page.
    static func digest(_ body: String, _ document: String, _ number: Int) -> String? {
        let marker = "id=\"digest-\(document)-\(number)\">"
        guard let start = body.range(of: marker) else { return nil }
        return String(body[start.upperBound...].prefix(64))
    }

    static func footer(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        guard let entry = archive["word/footer1.xml"] else { return "" }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func finalise(_ leader: WebClient, date: String = "20 Januari 2025") async throws {
        let done = try await leader.post(SiteURL.finaliseReport(office: asahan, year: 2024).path, form: ["place": "Kisaran", "date": date])
        #expect(done.status == .seeOther, "finalising: \(done.status)")
    }

    @Test func wholeCycle_submitReturnWithPinnedNoteFixResubmitAccept() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app), office = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            try await office.login("operator.asahan")
            let file = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            let indicator = try #require(file.governingAgreement?.rows.first?.indicatorId)

            // Not final yet: the LKj cannot be submitted, and the page says why.
            let early = try await leader.post(Self.submit("lkj"), form: [:])
            #expect(early.status == .conflict)
            #expect(early.body.contains("LKj 2024 belum final"))

            try await Self.finalise(leader)
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            let submitted = try await evaluator.get(Self.page)
            #expect(submitted.body.contains("Diajukan"))
            let first = try #require(Self.digest(submitted.body, "lkj", 1))
            #expect(first.count == 64)

            // A second submission while waiting is refused by the workflow.
            let again = try await leader.post(Self.submit("lkj"), form: [:])
            #expect(again.status == .conflict)
            #expect(again.body.contains("sudah diajukan dan menunggu keputusan"))

            // Returning needs a note; a pinned note counts.
            let bare = try await evaluator.post(Self.returnURL("lkj"), form: ["note": "  "])
            #expect(bare.status == .conflict)
            #expect(bare.body.contains("Kolom Catatan"))
            let returned = try await evaluator.post(Self.returnURL("lkj"), form: [
                "place[]": "indikator:\(indicator)", "text[]": "Realisasi TW IV indikator ini tidak sesuai bukti dukung.",
            ])
            #expect(returned.status == .seeOther)

            // The office sees the note beside the indicator, and the LKj is open again for the fix.
            let realisations = try await office.get(SiteURL.realisations(office: asahan, year: 2024).path)
            let section = try #require(realisations.body.range(of: "id=\"indikator-\(indicator)\""))
            let noteAt = try #require(realisations.body.range(of: "tidak sesuai bukti dukung"))
            #expect(noteAt.lowerBound > section.lowerBound)
            #expect(realisations.body[section.upperBound..<noteAt.lowerBound].range(of: "id=\"indikator-") == nil)
            let reopened = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            #expect(!reopened.isReportFinal)
            #expect(reopened.lastReportFinalisation?.reopening?.reason.contains("dikembalikan oleh evaluator.sumut") == true)

            let fixed = try await office.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                              form: ["indicatorId": indicator, "quarter": "4", "value": "100 %", "explanation": "Dikoreksi sesuai bukti"])
            #expect(fixed.status == .seeOther || fixed.status == .ok, "fix: \(fixed.status)")
            let statusPage = try await office.get(Self.page)
            #expect(statusPage.body.contains("Dikembalikan"))
            let noteID = try #require(statusPage.body.range(of: "/pengajuan/catatan/").map { String(statusPage.body[$0.upperBound...].prefix(36)) })
            let answered = try await office.post(SiteURL.answerNote(office: asahan, year: 2024, id: noteID).path,
                                                 form: ["answer": "Realisasi TW IV dikoreksi sesuai bukti."])
            #expect(answered.status == .seeOther)
            #expect(try await office.get(SiteURL.realisations(office: asahan, year: 2024).path).body.contains("tidak sesuai bukti dukung") == false)

            try await Self.finalise(leader, date: "21 Januari 2025")
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            #expect(try await evaluator.post(Self.accept("lkj"), form: [:]).status == .seeOther)

            let accepted = try await evaluator.get(Self.page)
            #expect(accepted.body.contains("Diterima"))
            #expect(accepted.body.contains("Versi 2"))
            let second = try #require(Self.digest(accepted.body, "lkj", 2))
            #expect(second != first)
            #expect(Self.digest(try await office.get(Self.page).body, "lkj", 2) == second)
            for state in ["Draf", "Diajukan", "Dikembalikan", "Diajukan ulang", "Diterima"] { #expect(accepted.body.contains(state)) }

            // The document of the version carries its digest in the footer, and stays the same on every download.
            let url = SiteURL.submissionVersion(office: asahan, year: 2024, document: "lkj", number: 2).path
            let docx = try await office.get(url)
            #expect(docx.status == .ok)
            #expect(docx.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let raw = docx.bytes
            #expect(try Self.footer(raw).contains("LKj versi diajukan 2 · SHA-256 \(second)"))
            #expect(try await office.get(url).bytes == raw)
            let store = OfficeYearStore(database: app.db)
            let officeYearID = try #require(try await store.officeYearModel(officeCode: asahan, year: 2024)?.id)
            let frozen = try #require(try await store.submissionVersion(officeYearID: officeYearID, document: .lkj, number: 2))
            #expect(SHA256Digest.hex(frozen.json) == second)
        }
    }

    @Test func roles_thatMayNot_areRefusedBeforeTheBody_andStatesThatDoNotAllow_areExplained() async throws {
        try await withDemoApp { app in
            let operatorClient = WebClient(app: app), leader = WebClient(app: app), reviewer = WebClient(app: app), evaluator = WebClient(app: app)
            try await operatorClient.login("operator.asahan")
            try await leader.login("ketua.asahan")
            try await reviewer.login("inspektorat")
            try await evaluator.login("evaluator.sumut")
            #expect(try await operatorClient.post(Self.submit("pk"), form: [:]).status == .forbidden)
            #expect(try await leader.post(Self.accept("pk"), form: [:]).status == .forbidden)
            #expect(try await leader.post(Self.returnURL("pk"), form: ["note": "x"]).status == .forbidden)
            #expect(try await reviewer.post(Self.accept("pk"), form: [:]).status == .forbidden)
            #expect(try await evaluator.post(Self.submit("pk"), form: [:]).status == .forbidden)
            let draft = try await evaluator.post(Self.accept("pk"), form: [:])
            #expect(draft.status == .conflict)
            #expect(draft.body.contains("PK berstatus Draf"))
            #expect(try await evaluator.get(SiteURL.submissionVersion(office: asahan, year: 2024, document: "pk", number: 1).path).status == .notFound)
            #expect(try await evaluator.get(SiteURL.submissions(office: asahan, year: 2024).path).status == .ok)
            #expect(try await leader.post(SiteURL.submitDocument(office: asahan, year: 2024, document: "rkt").path, form: [:]).status == .notFound)
        }
    }

    @Test func lateness_isCountedFromTheDeadline_KPURISets() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app), leader = WebClient(app: app)
            try await admin.login("admin")
            try await leader.login("ketua.asahan")
            let today = CalendarDate.today
            let refused = try await admin.post(SiteURL.deadlines.path, form: ["year": "2024", "document": "pk", "date": "31 Februari 2024"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Kolom Batas waktu"))
            // The PK's deadline ten days before today: submitted today, it is ten days late.
            let deadline = today.adding(days: -10)
            let set = try await admin.post(SiteURL.deadlines.path, form: ["year": "2024", "document": "pk", "date": IndonesianDate.format(deadline)])
            #expect(set.status == .seeOther)
            #expect(try await admin.get(SiteURL.deadlines.path).body.contains(IndonesianDate.format(deadline)))
            #expect(try await leader.post(Self.submit("pk"), form: [:]).status == .seeOther)
            let page = try await leader.get(Self.page)
            #expect(page.body.contains("terlambat 10 hari"))
            let row = try #require(try await SubmissionModel.query(on: app.db).filter(\.$document == "pk").first())
            #expect(row.daysLate == 10)
            #expect(row.firstSubmittedOn == today.iso)
            // The LKj's deadline is ahead: not late.
            let ahead = today.adding(days: 30)
            #expect(try await admin.post(SiteURL.deadlines.path, form: ["year": "2024", "document": "lkj", "date": IndonesianDate.format(ahead)]).status == .seeOther)
            try await Self.finalise(leader)
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            #expect(try await leader.get(Self.page).body.contains("tepat waktu"))
        }
    }

    @Test func anAcceptedVersion_staysReadable_whileLaterEditsMakeANewDraft() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app), office = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            try await office.login("operator.asahan")
            #expect(try await leader.post(Self.submit("pk"), form: [:]).status == .seeOther)
            #expect(try await evaluator.post(Self.accept("pk"), form: [:]).status == .seeOther)
            let url = SiteURL.submissionVersion(office: asahan, year: 2024, document: "pk", number: 1).path
            let before = try await office.get(url).bytes
            let digest = try #require(Self.digest(try await office.get(Self.page).body, "pk", 1))
            let store = OfficeYearStore(database: app.db)
            let file = try #require(try await store.load(officeCode: asahan, year: 2024))
            // Consolidation reads the accepted version's summary, frozen with it.
            let officeYearID = try #require(try await store.officeYearModel(officeCode: asahan, year: 2024)?.id)
            let accepted = try #require(try await store.submissionVersion(officeYearID: officeYearID, document: .pk, number: 1))
            let summary = try OfficeYearSummary.decode(Data(try #require(accepted.summaryJSON).utf8))
            #expect(summary == OfficeYearSummary(file))
            #expect(summary.capaian != nil)
            let indicator = try #require(file.governingAgreement?.rows.first?.indicatorId)
            let saved = try await office.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                              form: ["indicatorId": indicator, "quarter": "1", "value": "10 %"])
            #expect(saved.status == .seeOther || saved.status == .ok)
            let page = try await office.get(Self.page)
            #expect(page.body.contains("data berubah setelah versi 1"))
            #expect(page.body.contains("Versi 1"))
            #expect(Self.digest(page.body, "pk", 1) == digest)
            #expect(try await office.get(url).bytes == before)
            #expect(try Self.footer(before).contains("PK versi diajukan 1 · SHA-256 \(digest)"))
            // The new draft can be submitted as version 2.
            #expect(try await leader.post(Self.submit("pk"), form: [:]).status == .seeOther)
            #expect(Self.digest(try await office.get(Self.page).body, "pk", 2) != nil)
        }
    }

    @Test func notesPinnedToBudgetLinesAndChapters_showOnThePagesTheyPointAt() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app), office = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            try await office.login("operator.asahan")
            let file = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            let line = try #require(file.budget.tree.flattened.first?.line.code.full)
            try await Self.finalise(leader)
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            let offered = try await evaluator.get(Self.page)
            #expect(offered.body.contains("value=\"baris:\(line)\""))
            #expect(offered.body.contains("value=\"bab:3\""))
            let unknown = try await evaluator.post(Self.returnURL("lkj"), form: ["place[]": "indikator:TIDAK-ADA", "text[]": "x"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.contains("Catatan 1, kolom Tempat"))
            let body = "note=&place[]=\(WebClient.encode("baris:\(line)"))&text[]=\(WebClient.encode("Pagu baris ini tidak sama dengan DIPA."))"
                + "&place[]=\(WebClient.encode("bab:3"))&text[]=\(WebClient.encode("Bab III belum membandingkan dengan tahun lalu."))"
            let returned = try await evaluator.postRaw(Self.returnURL("lkj"), body: body)
            #expect(returned.status == .seeOther)
            let budget = try await office.get(SiteURL.budget(office: asahan, year: 2024).path)
            #expect(budget.body.contains("Pagu baris ini tidak sama dengan DIPA."))
            #expect(!budget.body.contains("Bab III belum membandingkan"))
            let documents = try await office.get(SiteURL.documents(office: asahan, year: 2024).path)
            #expect(documents.body.contains("Bab III belum membandingkan dengan tahun lalu."))
            #expect(documents.body.contains("Bab III Akuntabilitas Kinerja"))
            #expect(!documents.body.contains("Pagu baris ini tidak sama"))
        }
    }

    /// The evaluation's criterion 3.a.6 ("LKj disampaikan tepat waktu") is suggested from the LKj's submission.
    @Test func theLKjsSubmission_suggestsTheOnTimeCriterion_withItsReason() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app), leader = WebClient(app: app)
            try await admin.login("admin")
            try await leader.login("ketua.asahan")
            let deadline = CalendarDate.today.adding(days: 5)
            #expect(try await admin.post(SiteURL.deadlines.path, form: ["year": "2024", "document": "lkj", "date": IndonesianDate.format(deadline)]).status == .seeOther)
            try await Self.finalise(leader)
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            let office = try await EvaluationFlowTests.start(app)
            let page = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(page.body.contains("LKj 2024 disampaikan pada \(IndonesianDate.format(.today)), tidak melewati batas waktu \(IndonesianDate.format(deadline))."))
        }
    }

    /// Past a deadline KPU RI set here, an LKj not submitted is not on time; a year delivered before the office used the
    /// product (no deadline set, nothing submitted) suggests nothing.
    @Test func anLKjNotSubmittedPastTheDeadlineSetHere_suggestsTheCriterionIsNotMet() async throws {
        try await withDemoApp { app in
            let office = try await EvaluationFlowTests.start(app)
            let before = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(!before.body.contains("LKj 2024 belum disampaikan"))
            #expect(!before.body.contains("LKj 2024 disampaikan pada"))
        }
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            try await admin.login("admin")
            #expect(try await admin.post(SiteURL.deadlines.path, form: ["year": "2024", "document": "lkj", "date": "28 Februari 2025"]).status == .seeOther)
            let office = try await EvaluationFlowTests.start(app)
            let page = try await office.get(SiteURL.selfAssessment(office: asahan, year: 2024).path)
            #expect(page.body.contains("LKj 2024 belum disampaikan, padahal batas waktu 28 Februari 2025 telah lewat."))
        }
    }

    /// The province downloads what it accepted from its Kab/Kota in one ZIP: the accepted DOCX byte for byte (digest in
    /// the footer), and the offices with nothing accepted listed as such.
    @Test func theProvince_downloadsEveryAcceptedDocument_asAccepted_inOneZip() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            #expect(try await leader.post(Self.submit("pk"), form: [:]).status == .seeOther)
            #expect(try await evaluator.post(Self.accept("pk"), form: [:]).status == .seeOther)
            let accepted = try await evaluator.get(SiteURL.submissionVersion(office: asahan, year: 2024, document: "pk", number: 1).path).bytes
            let province = try #require(try await OfficeYearStore(database: app.db).office(code: asahan)?.$parent.get(on: app.db))
            let url = SiteURL.acceptedDocuments(office: province.code, year: 2024).path
            let zip = try await evaluator.get(url)
            #expect(zip.status == .ok)
            #expect(zip.headers.first(name: .contentDisposition)?.contains("dokumen-kinerja-sumatera-utara-2024.zip") == true)
            let archive = try Archive(data: zip.bytes, accessMode: .read)
            var entries: [String: Data] = [:]
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                entries[entry.path] = bytes
            }
            let pk = try #require(entries.first { $0.key.hasPrefix("PK/") && $0.key.contains(asahan) })
            #expect(pk.value == accepted)
            #expect(entries.keys.filter { $0.hasPrefix("LKj/") }.isEmpty)
            let manifest = String(decoding: try #require(entries["DAFTAR-ISI.txt"]), as: UTF8.self)
            #expect(manifest.contains("Belum diterima:"))
            #expect(manifest.contains("LKj Draf"))
            // A Kab/Kota has nothing below it; an office of another province may not read Sumatera Utara.
            #expect(try await leader.get(SiteURL.acceptedDocuments(office: asahan, year: 2024).path).status == .notFound)
            let foreign = WebClient(app: app)
            try await foreign.login("operator.pagaralam")
            #expect(try await foreign.get(url).status == .forbidden)
        }
    }

    /// Consolidation reads the accepted LKj's figures, not later edits of the data, until a newer version is accepted.
    @Test func consolidation_readsTheAcceptedVersion_notLaterEdits() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app), office = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            try await office.login("operator.asahan")
            let store = OfficeYearStore(database: app.db)
            try await Self.finalise(leader)
            #expect(try await leader.post(Self.submit("lkj"), form: [:]).status == .seeOther)
            #expect(try await evaluator.post(Self.accept("lkj"), form: [:]).status == .seeOther)
            let acceptedFile = try #require(try await store.load(officeCode: asahan, year: 2024))
            let indicator = try #require(acceptedFile.governingAgreement?.rows.first?.indicatorId)
            let reopened = try await leader.post(SiteURL.reopenReport(office: asahan, year: 2024).path, form: ["reason": "Koreksi realisasi"])
            #expect(reopened.status == .seeOther)
            let edited = try await office.post(SiteURL.realisations(office: asahan, year: 2024).path,
                                               form: ["indicatorId": indicator, "quarter": "4", "value": "1 %", "explanation": "uji"])
            #expect(edited.status == .seeOther)
            let live = OfficeYearSummary(try #require(try await store.load(officeCode: asahan, year: 2024)))
            let accepted = OfficeYearSummary(acceptedFile)
            #expect(live.indicator(indicator)?.capaian != accepted.indicator(indicator)?.capaian)
            let province = try #require(try await store.office(code: asahan)?.$parent.get(on: app.db))
            let input = try await store.consolidationInput(.province(try province.requireID()), years: [2024], today: .today)
            let read = try #require(input.summary(asahan, year: 2024))
            #expect(read.indicator(indicator)?.capaian == accepted.indicator(indicator)?.capaian)
            #expect(read.capaian == accepted.capaian)
        }
    }
}
