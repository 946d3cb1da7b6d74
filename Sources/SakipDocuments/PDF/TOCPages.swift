import Foundation

/// Finds the page of every heading in a first PDF rendering, so that the table of contents' page
/// numbers can be written into the document before the final rendering.
///
/// LibreOffice prints a Word table of contents from its cached result without recomputing it; the
/// headings' pages are read from the text of the first rendering (pdftotext), page by page.
enum TOCPages {
    /// The text of every page of a PDF (pdftotext, pages separated by form feeds); nil without poppler-utils.
    static func pageTexts(of pdf: Data) -> [String]? {
        guard let pdftotext = PDFConverter.tool("pdftotext") else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-toc-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        guard (try? pdf.write(to: file)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
    }

    /// The page (1-based, the cover being page 1) of each heading, by bookmark. Headings are searched in
    /// document order; those after the table of contents are searched after its last page.
    static func locate(_ headings: [WordDocument.Heading], before tocCount: Int, in pages: [String]) -> [String: Int] {
        let normalised = pages.map(normalise)
        var result: [String: Int] = [:]
        // The table of contents lists every heading: it ends on the page that lists the last one.
        let tocStart = normalised.firstIndex { $0.contains("DAFTAR ISI") } ?? 0
        var tocEnd = tocStart
        if let last = headings.last {
            let key = normalise(last.text).prefix(40)
            tocEnd = normalised.indices.first { $0 >= tocStart && normalised[$0].contains(key) } ?? tocStart
        }
        var page = 0
        for (index, heading) in headings.enumerated() {
            if index == tocCount { page = tocEnd + 1 }
            let key = normalise(heading.text).prefix(40)
            guard let found = normalised.indices.first(where: { $0 >= page && normalised[$0].contains(key) }) else { continue }
            result[heading.bookmark] = found + 1
            page = found
        }
        return result
    }

    /// Text with every run of white space made one space, so that wrapped headings still match.
    private static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
