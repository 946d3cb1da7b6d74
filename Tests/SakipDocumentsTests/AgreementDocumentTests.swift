import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

@Suite struct AgreementDocumentTests {
    @Test func ketua_pk_hasTheStatementTheTargetsAndTheBudget() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        let package = try OpenedPackage(PKDocument(data, level: .ketua).docx())
        expectValidPackage(package)
        let text = package.documentText
        #expect(text.contains("PERJANJIAN KINERJA TAHUN 2024"))
        #expect(text.contains("HIDAYAT"))
        #expect(text.contains("Kisaran, 9 Januari 2024"))
        #expect(text.contains("60.337.150.000"))
        #expect(text.contains("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"))
        #expect(!text.contains("PIHAK KEDUA"))
    }

    @Test func sekretaris_pk_hasBothParties() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        let text = try OpenedPackage(PKDocument(data, level: .sekretaris).docx()).documentText
        #expect(text.contains("PIHAK PERTAMA"))
        #expect(text.contains("PIHAK KEDUA"))
        #expect(text.contains("ERY DERMAWAN"))
        #expect(text.contains("HIDAYAT"))
        #expect(text.contains("Selaku atasan Pihak Pertama"))
    }

    @Test func signedRevision_isReproducedAsSigned() throws {
        var data = try Seeds.load("asahan-2024-corrected")
        var revised = try #require(data.agreements.current(.ketua))
        revised.revision = 1
        revised.signedOn = CalendarDate(year: 2024, month: 7, day: 15)
        revised.rows[0].target = .percentage(97)
        data.agreements.append(revised)

        let original = try OpenedPackage(PKDocument(data, level: .ketua, revision: 0).docx()).documentText
        let first = try OpenedPackage(PKDocument(data, level: .ketua, revision: 1).docx()).documentText
        #expect(original.contains("9 Januari 2024") && !original.contains("REVISI"))
        #expect(first.contains("(REVISI 1)") && first.contains("15 Juli 2024") && first.contains("97\u{00A0}%"))
        #expect(try PKDocument(data, level: .ketua).agreement.revision == 1)
    }

    @Test func missingRevision_isAnIndonesianError() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        #expect(throws: DocumentError.self) { try PKDocument(data, level: .ketua, revision: 7) }
    }

    @Test func rkt_hasTheTargetsAndTheSignature() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        let package = try OpenedPackage(RKTDocument(data).docx())
        expectValidPackage(package)
        let text = package.documentText
        #expect(text.contains("RENCANA KINERJA TAHUNAN TAHUN 2024"))
        #expect(text.contains("Indeks Reformasi Birokrasi"))
        #expect(text.contains("Kisaran, 9 Januari 2024"))
    }

    @Test func xmlEscaping_dropsForbiddenCharactersAndEscapesMarkup() {
        #expect(XMLText.escape("A & B <c> \"d\"\u{0001}") == "A &amp; B &lt;c&gt; &quot;d&quot;")
    }
}
