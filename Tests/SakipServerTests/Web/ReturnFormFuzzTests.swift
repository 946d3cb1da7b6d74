import Fluent
import Foundation
@testable import SakipServer
import SakipCore
import Testing

/// Random return forms (places that exist and do not, empty, long and hostile texts, rows without a place) never
/// make the server fail: each is either accepted or refused naming the note's row, and nothing is half-saved.
@Suite(.serialized) struct ReturnFormFuzzTests {
    @Test func randomReturnForms_areAcceptedOrRefusedByRow_neverAServerError() async throws {
        try await withDemoApp { app in
            let leader = WebClient(app: app), evaluator = WebClient(app: app)
            try await leader.login("ketua.asahan")
            try await evaluator.login("evaluator.sumut")
            #expect(try await leader.post(SubmissionFlowTests.submit("pk"), form: [:]).status == .seeOther)
            var random = SeededRandom(seed: 2026_11_30)
            let places = ["indikator:I1", "indikator:I7", "indikator:", "baris:x", "umum:", "bab:3", "temuan:ARITH-CAPAIAN", "", "indikator:<script>",
                          String(repeating: "a", count: 5_000), "indikator:I1\u{0}", "%ZZ"]
            let texts = ["", "  ", "Perbaiki target.", "<img src=x onerror=alert(1)>", String(repeating: "panjang ", count: 2_000), "\u{202E}teks"]
            var refusedByRow = 0
            for _ in 0..<60 {
                var body = "note=" + WebClient.encode(random.pick(texts))
                for _ in 0..<random.int(0...7) {
                    body += "&place[]=\(WebClient.encode(random.pick(places)))&text[]=\(WebClient.encode(random.pick(texts)))"
                }
                let page = try await evaluator.postRaw(SubmissionFlowTests.returnURL("pk"), body: body)
                #expect(page.status.code < 500, "\(body.prefix(200)) → \(page.status)")
                if page.status == .unprocessableEntity {
                    refusedByRow += 1
                    #expect(page.body.contains("kolom Tempat"), "\(body.prefix(200))")
                }
                if page.status == .seeOther {
                    // Returned: submit again so that the next form meets a document waiting for a decision.
                    #expect(try await leader.post(SubmissionFlowTests.submit("pk"), form: [:]).status == .seeOther)
                }
            }
            #expect(refusedByRow > 0)
            let notes = try await SubmissionNoteModel.query(on: app.db).all()
            #expect(notes.allSatisfy { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && $0.text.count <= SubmissionPage.noteLimit })
        }
    }
}
