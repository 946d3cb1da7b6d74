import FluentKit
import Foundation
@testable import SakipServer
import SakipCore
import Testing

/// Random decision and bulk forms (fields missing, empty, unknown, oversized, hostile; rows that exist and do not)
/// never make the server fail: each is either saved (303) or refused in Indonesian naming the field or the row.
@Suite(.serialized) struct CatalogueDecisionFormFuzzTests {
    @Test func randomDecisionForms_areSavedOrRefused_neverAServerError() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.login("admin")
            let review = MappingReview(year: 2024, input: try await OfficeYearStore(database: app.db).consolidationInput(.national, years: [2024], today: .today))
            let rows = Array(review.rows.prefix(6))
            try #require(!rows.isEmpty)
            var random = SeededRandom(seed: 2026_11_30)
            let years = ["2024", "2023", "", "dua ribu", "99999999999999999999", "-1", String(repeating: "9", count: 5_000)]
            let offices = rows.map(\.office.code) + ["", "tidak-ada", "<b>", String(repeating: "k", count: 5_000), "\u{0}"]
            let indicators = rows.map(\.indicatorId) + ["", "I999", "%00", String(repeating: "I", count: 5_000)]
            let statements = rows.map(\.statement) + ["", "lama", "<script>x</script>", String(repeating: "Persentase ", count: 3_000)]
            let decisions = ["usulan", "kode", "bukan", "batal", "", "hapus", "KODE", String(repeating: "x", count: 5_000)]
            let codes = ["IKU-07", "IK-01", "IK-42", "", "IKU-99", "iku-07", "<svg onload=x>", String(repeating: "K", count: 5_000)]
            let befores = ["", "-", "IKU-07", "IK-01", "x", String(repeating: "-", count: 5_000)]
            let states = ["", "usulan", "terpetakan", "bukan-katalog", "tanpa-padanan", "semua", "<i>"]
            var saved = 0, refused = 0
            for round in 0..<70 {
                var form: [String: String] = [:]
                let choices: [(String, [String])] = [("tahun", years), ("kantor", offices), ("indikator", indicators), ("pernyataan", statements),
                                                     ("keputusan", decisions), ("usulan", codes), ("kode", codes), ("sebelum", befores), ("status", states),
                                                     ("provinsi", ["", sumut, "x"]), ("halaman", ["", "1", "0", "-5", "999999999999999999999"]),
                                                     ("pilih", ["", "x/y", String(repeating: "/", count: 5_000)])]
                for (field, values) in choices where random.int(0...4) > 0 { form[field] = random.pick(values) }
                // Every third form is a real row, to reach the writes.
                if round % 3 == 0 {
                    let row = random.pick(rows)
                    form["tahun"] = "2024"
                    form["kantor"] = row.office.code
                    form["indikator"] = row.indicatorId
                    form["pernyataan"] = row.statement
                }
                let bulk = round % 10 == 9
                let page = try await client.post(bulk ? SiteURL.confirmStrongSuggestions.path : SiteURL.catalogueDecision.path, form: form)
                #expect(page.status.code < 500, "\(form.mapValues { $0.prefix(40) }) → \(page.status)")
                switch page.status {
                case .seeOther: saved += 1
                case .unprocessableEntity, .conflict:
                    refused += 1
                    #expect(page.body.contains("Kolom") || page.body.contains("kolom") || page.body.contains("Baris"), "\(page.body.prefix(300))")
                default: #expect(page.status == .payloadTooLarge || page.status == .badRequest, "\(page.status)")
                }
            }
            #expect(saved > 0 && refused > 0)
            // Whatever was saved names a catalogue entry or none, and who confirmed it when.
            let stored = try await CatalogueDecisionModel.query(on: app.db).all()
            #expect(stored.allSatisfy { $0.catalogueCode.map { IndicatorCatalogue.kpuDefault.entry($0) != nil } ?? true })
            #expect(stored.allSatisfy { $0.confirmedByName != nil && $0.confirmedOn != nil })
        }
    }
}
