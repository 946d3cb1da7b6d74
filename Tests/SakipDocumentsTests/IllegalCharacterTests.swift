import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// Text with characters XML 1.0 forbids (a NUL, control characters pasted from a PDF, U+FFFE) reaches the
/// documents through the one place text enters XML: they are dropped there and the rest of the text is kept,
/// in a DOCX and an XLSX that open (issue 11, finding 10).
struct IllegalCharacterTests {
    static let forbidden = "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}"

    @Test func theEscape_dropsOnlyTheForbiddenCharacters() {
        #expect(XMLText.escape("A\(Self.forbidden)B\t<C>&\"D\"\n") == "AB\t&lt;C&gt;&amp;&quot;D&quot;\n")
    }

    @Test func aNulInAnOfficeYear_leavesTheDocxAndXlsxWhole() throws {
        var file = try Seeds.load("asahan-2024-corrected")
        let index = try #require(file.analyses.firstIndex { $0.indicatorId == "I1" })
        file.analyses[index].actions = "Sosialisasi\(Self.forbidden) tatap muka di 25 kecamatan"
        file.office.name = "KPU Kabupaten\u{0} Asahan"
        let docx = try OpenedPackage(LKjDocument(file).docx())
        expectValidPackage(docx)
        #expect(docx.documentText.contains("Sosialisasi tatap muka di 25 kecamatan"))
        #expect(!docx.documentText.contains("\u{0}"))
        let xlsx = try OpenedPackage(LKjDocument(file).xlsx())
        expectValidPackage(xlsx)
        let pk = try OpenedPackage(PKDocument(file, level: .ketua).docx())
        expectValidPackage(pk)
        #expect(pk.documentText.uppercased().contains("KPU KABUPATEN ASAHAN"))
    }

    /// The JSON escape \u0000 is how a NUL arrives from a file or a form.
    @Test func aNulWrittenAsAJSONEscape_isReadAndThenDroppedInTheDocument() throws {
        let text = try String(contentsOf: Seeds.directory.appendingPathComponent("asahan-2024-corrected.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"name\": \"KPU Kabupaten Asahan\"", with: "\"name\": \"KPU Kabupaten\\u0000 Asahan\"")
        let file = try OfficeYearReader.read(text).officeYear
        #expect(file.office.name == "KPU Kabupaten\u{0} Asahan")
        expectValidPackage(try OpenedPackage(LKjDocument(file).docx()))
    }
}
