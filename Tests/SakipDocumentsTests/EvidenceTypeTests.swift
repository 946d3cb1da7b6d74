import Foundation
@testable import SakipDocuments
import SakipCore
import Testing
import ZIPFoundation

@Suite struct EvidenceTypeTests {
    @Test func realFiles_areKnownByTheirBytes() throws {
        let file = try Seeds.load("asahan-2024-corrected")
        let docx = try DocumentRenderer.render(.pk, file, format: .docx, reviewedOn: CalendarDate(year: 2025, month: 1, day: 2)!)
        let xlsx = try DocumentRenderer.render(.lkj, file, format: .xlsx, reviewedOn: CalendarDate(year: 2025, month: 1, day: 2)!)

        #expect(try EvidenceType.sniff(Data("%PDF-1.7\n...".utf8)) == .pdf)
        #expect(try EvidenceType.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])) == .png)
        #expect(try EvidenceType.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])) == .jpeg)
        #expect(try EvidenceType.sniff(docx) == .docx)
        #expect(try EvidenceType.sniff(xlsx) == .xlsx)
    }

    @Test func aProgramNamedPDF_isRefused_andOtherZipsToo() throws {
        let program = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]) + Data(repeating: 0, count: 64)
        let archive = try Archive(data: Data(), accessMode: .create)
        let payload = Data("<html><script>alert(1)</script></html>".utf8)
        try archive.addEntry(with: "index.html", type: .file, uncompressedSize: Int64(payload.count)) { position, size in
            payload.subdata(in: Int(position)..<Int(position) + size)
        }

        #expect(throws: EvidenceRefusal.self) { try EvidenceType.sniff(program) }
        #expect(throws: EvidenceRefusal.self) { try EvidenceType.sniff(try #require(archive.data)) }
        #expect(throws: EvidenceRefusal.self) { try EvidenceType.sniff(payload) }
        #expect(throws: EvidenceRefusal.self) { try EvidenceType.sniff(Data()) }
    }

    @Test func tooLarge_isRefused_withTheLimitNamed() {
        let big = Data("%PDF-".utf8) + Data(repeating: 0x20, count: EvidenceType.maximumBytes)
        #expect(throws: EvidenceRefusal("berkas 10 MB melebihi batas 10 MB per berkas")) { try EvidenceType.sniff(big) }
    }

    @Test func fileNames_loseFoldersAndOddCharacters_andTakeTheTrueExtension() {
        #expect(EvidenceType.pdf.safeFileName("../../etc/passwd") == "passwd.pdf")
        #expect(EvidenceType.pdf.safeFileName("C:\\bukti\\notulen \"rapat\".exe") == "notulen rapat.pdf")
        #expect(EvidenceType.jpeg.safeFileName("foto\u{0}\n.png") == "foto.jpg")
        #expect(EvidenceType.docx.safeFileName("") == "bukti.docx")
        #expect(EvidenceType.pdf.safeFileName(String(repeating: "a", count: 500) + ".pdf").count == 104)
    }
}
