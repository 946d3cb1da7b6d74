import Foundation

/// Converts many documents to PDF in one LibreOffice run, with one profile directory kept between runs.
///
/// Starting LibreOffice and building a fresh profile costs seconds per document; a province's bundle of 33 LKj
/// pays it once per batch instead (`soffice --headless -env:UserInstallation=… --convert-to pdf a.docx b.docx …`).
/// Runs on one converter are serialised, because two LibreOffice processes cannot share a profile.
public final class BatchPDFConverter: @unchecked Sendable {
    /// One document to convert.
    public struct Document: Sendable {
        /// The name shown when this document fails ("lkj-655921-2024.docx").
        public var name: String
        public var data: Data
        /// "docx" or "xlsx".
        public var fileExtension: String

        public init(name: String, data: Data, fileExtension: String = "docx") {
            self.name = name
            self.data = data
            self.fileExtension = fileExtension
        }
    }

    /// The LibreOffice profile reused by every run (created, with the Indonesian locale, on first use).
    public let profileDirectory: URL
    /// At most this many documents per LibreOffice run, so that the command line stays short.
    public let batchSize: Int
    private let lock = NSLock()

    /// `profileDirectory` defaults to one directory per server process under the temporary directory.
    public init(profileDirectory: URL? = nil, batchSize: Int = 40) {
        self.profileDirectory = profileDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("sakip-libreoffice-profile-\(ProcessInfo.processInfo.processIdentifier)")
        self.batchSize = max(1, batchSize)
    }

    /// The PDF of each document, in the order given. Throws, naming the documents, when LibreOffice is missing or
    /// did not produce a PDF for some of them.
    public func convert(_ documents: [Document]) throws -> [Data] {
        guard !documents.isEmpty else { return [] }
        guard let soffice = PDFConverter.sofficePath() else { throw DocumentError.pdf(PDFConverter.missingMessage) }
        lock.lock()
        defer { lock.unlock() }
        try prepareProfile()
        var result: [Data] = []
        var start = 0
        while start < documents.count {
            let end = min(documents.count, start + batchSize)
            result += try run(soffice, Array(documents[start..<end]))
            start = end
        }
        return result
    }

    /// Removes the profile directory (the next run creates it again).
    public func removeProfile() {
        lock.lock()
        defer { lock.unlock() }
        try? FileManager.default.removeItem(at: profileDirectory)
    }

    private func prepareProfile() throws {
        let settings = profileDirectory.appendingPathComponent("user/registrymodifications.xcu")
        // LibreOffice adds its own settings to this file on first run; writing it again would throw them away.
        if !FileManager.default.fileExists(atPath: settings.path) { try PDFConverter.writeIndonesianProfile(at: profileDirectory) }
    }

    /// One LibreOffice run over a batch; inputs are numbered files so that office names never reach the command line.
    private func run(_ soffice: String, _ batch: [Document]) throws -> [Data] {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("sakip-pdf-batch-\(UUID().uuidString)")
        try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: work) }
        var inputs: [String] = []
        for (index, document) in batch.enumerated() {
            let input = work.appendingPathComponent(String(format: "%04d.%@", index + 1, document.fileExtension))
            try document.data.write(to: input)
            inputs.append(input.path)
        }
        let run = try PDFConverter.convertToPDF(soffice, profile: profileDirectory, outputDirectory: work, inputs: inputs)
        var pdfs: [Data] = []
        var failed: [String] = []
        for (index, document) in batch.enumerated() {
            let pdf = work.appendingPathComponent(String(format: "%04d.pdf", index + 1))
            if let bytes = try? Data(contentsOf: pdf), !bytes.isEmpty { pdfs.append(bytes) } else { failed.append(document.name) }
        }
        guard failed.isEmpty, run.status == 0 else {
            throw DocumentError.pdf("LibreOffice gagal mengubah \(failed.isEmpty ? "dokumen" : failed.joined(separator: ", ")) ke PDF "
                + "(kode \(run.status)): \(run.output)")
        }
        return pdfs
    }
}
