import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// Runs only where LibreOffice and poppler-utils are installed (CI's documents check installs them).
@Suite struct PDFConversionTests {
    static let available = PDFConverter.sofficePath() != nil && tool("pdftotext") != nil && tool("pdfinfo") != nil

    static func tool(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: available, "LibreOffice (soffice) dan poppler-utils tidak terpasang"))
    func asahan_lkj_convertsToPDFWithTheKeyFigures() throws {
        let pdf = try PDFConverter.convert(LKjDocument(Seeds.load("asahan-2024-corrected")).docx(), fileExtension: "docx")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-test-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try Self.run(Self.tool("pdftotext")!, ["-layout", file.path, "-"])
        #expect(text.contains("91,37 %"))
        #expect(text.contains("99,65 %"))
        #expect(text.contains("83.098.081.692"))
        #expect(text.contains("BAB IV PENUTUP"))
        let info = try Self.run(Self.tool("pdfinfo")!, [file.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        #expect((15...80).contains(pages), "pages: \(pages)")
    }

    @Test func missingLibreOffice_isExplainedInIndonesian() {
        #expect(PDFConverter.sofficePath(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(PDFConverter.missingMessage.contains("LibreOffice tidak ditemukan"))
    }
}

/// The DOCX for readers that do not refresh fields carries the table of contents' page numbers.
@Suite struct TOCPageNumberTests {
    @Test func docxWithPageNumbers_writesAPageForEveryChapter_whenLibreOfficeIsInstalled() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        let plain = try LKjDocument(data).docx()
        let numbered = try LKjDocument(data).docxWithPageNumbers()
        guard PDFConverter.sofficePath() != nil, PDFConverter.tool("pdftotext") != nil else {
            #expect(numbered == plain, "without LibreOffice the plain DOCX is returned")
            return
        }
        let xml = try #require(OpenedPackage(numbered).text("word/document.xml"))
        let cached = xml.components(separatedBy: "PAGEREF ").dropFirst().compactMap { part -> Int? in
            guard let range = part.range(of: "<w:t xml:space=\"preserve\">") else { return nil }
            return Int(part[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(cached.count >= 6, "a page number for every chapter heading")
        #expect(cached == cached.sorted(), "page numbers rise through the document")
        #expect(plain != numbered)
    }
}
