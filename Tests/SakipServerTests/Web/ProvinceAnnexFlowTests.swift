import Fluent
import Foundation
@testable import SakipServer
import SakipCore
import Testing
import ZIPFoundation

/// A KPU Provinsi's own LKj carries its Kab/Kota consolidated as the last appendix, as downloaded and as frozen when
/// it is submitted to KPU RI.
@Suite(.serialized) struct ProvinceAnnexFlowTests {
    static func documentXML(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        guard let entry = archive["word/document.xml"] else { return "" }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aProvincesLKj_endsWithItsKabKotaConsolidated_aKabKotasDoesNot() async throws {
        try await withDemoApp { app in
            let store = OfficeYearStore(database: app.db)
            let province = try #require(try await store.office(code: asahan)?.$parent.get(on: app.db))
            try await store.create(OfficeYear(year: 2024, office: Office(code: province.code, name: province.name, level: .provinsi)),
                                   by: .command("test"))
            let evaluator = WebClient(app: app)
            try await evaluator.login("evaluator.sumut")
            let lkj = try await evaluator.get(SiteURL.document(office: province.code, year: 2024, name: "lkj.docx").path)
            #expect(lkj.status == .ok)
            let text = try Self.documentXML(lkj.bytes)
            #expect(text.contains("Konsolidasi Kinerja KPU Kabupaten/Kota se-Provinsi Sumatera Utara Tahun 2024"))
            #expect(text.contains("KPU Kabupaten Asahan"))
            let kabKota = try await evaluator.get(SiteURL.document(office: asahan, year: 2024, name: "lkj.docx").path)
            #expect(try !Self.documentXML(kabKota.bytes).contains("Konsolidasi Kinerja KPU Kabupaten/Kota se-Provinsi"))
        }
    }
}
