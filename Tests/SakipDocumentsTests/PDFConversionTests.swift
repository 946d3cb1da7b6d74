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

    /// Renders `docx` with LibreOffice and returns the PDF's text (pdftotext, reading order).
    static func pdfText(_ docx: Data) throws -> String {
        let pdf = try PDFConverter.convert(docx, fileExtension: "docx")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-test-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(tool("pdftotext")!, [file.path, "-"])
    }

    @Test(.enabled(if: available, "LibreOffice (soffice) dan poppler-utils tidak terpasang"), arguments: Seeds.corrected)
    func lkj_pdf_breaksNoWordOfItsTables(seed: String) throws {
        let document = LKjDocument(try Seeds.load(seed))
        let text = try Self.pdfText(try document.docx())
        var pieces = Set<String>()
        for table in try document.tables() {
            let texts: [String] = table.columns.map(\.title) + table.rows.flatMap { row in row.cells.map(\.display) }
            for piece in texts.flatMap(TextWidth.unbreakablePieces) where piece.count > 1 {
                pieces.insert(piece.replacingOccurrences(of: "\u{00A0}", with: " "))
            }
        }
        #expect(pieces.contains("No") && pieces.contains("076.01.CQ"))
        #expect(BrokenWords.find(pieces, in: text).isEmpty, "\(seed): \(BrokenWords.find(pieces, in: text).prefix(10))")
        #expect(text.contains("076.01.CQ"))
    }

    @Test func brokenWords_areFoundAcrossALineBreak_notAcrossABlankLine() {
        let pieces: Set = ["Laporan", "076.01.CQ", "95,20 %", "No"]
        let text = "Jumlah Lapora\nn Keuangan\n076.01.C\nQ\nCapaian 95,20\n%\nN\no\n\nLaporan\nNo\n\n95,20 %"
        #expect(BrokenWords.find(pieces, in: text) == ["Laporan", "076.01.CQ", "95,20 %", "No"])
        #expect(BrokenWords.find(pieces, in: "Laporan\n\nNo 95,20\u{00A0}%").isEmpty)
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

/// Words of a table that a PDF's text shows split over two lines: the last word of a line and the first of
/// the next, joined with or without a space, make one of the pieces that must not break.
enum BrokenWords {
    static func find(_ pieces: Set<String>, in text: String) -> [String] {
        let lines = text.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var found: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
            guard let last = line.split(separator: " ").last, let first = next.split(separator: " ").first else { continue }
            for joined in ["\(last)\(first)", "\(last) \(first)"] where pieces.contains(joined) { found.append(joined) }
        }
        return found
    }
}
