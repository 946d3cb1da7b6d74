import Foundation

/// Converts many documents to PDF in one LibreOffice run, with one profile directory kept between runs.
///
/// Starting LibreOffice and building a fresh profile costs seconds per document; a province's bundle of 33 LKj
/// pays it once per batch instead (`soffice --headless -env:UserInstallation=… --convert-to pdf a.docx b.docx …`).
/// A batch is split over ``lanes`` LibreOffice processes running side by side, each with its own profile (two
/// processes cannot share one; LibreOffice lays out on one core). Runs on one converter are serialised.
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
    /// How many LibreOffice processes convert side by side: by default one per core, at most four.
    public let lanes: Int
    private let lock = NSLock()

    /// `profileDirectory` defaults to one directory per server process under the temporary directory; lanes after
    /// the first use it with "-2", "-3" … appended.
    public init(profileDirectory: URL? = nil, batchSize: Int = 40, lanes: Int? = nil) {
        self.profileDirectory = profileDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("sakip-libreoffice-profile-\(ProcessInfo.processInfo.processIdentifier)")
        self.batchSize = max(1, batchSize)
        self.lanes = max(1, lanes ?? min(4, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// The profile of a lane (0 is ``profileDirectory``).
    func profile(lane: Int) -> URL {
        lane == 0 ? profileDirectory : URL(fileURLWithPath: profileDirectory.path + "-\(lane + 1)")
    }

    /// The PDF of each document, in the order given. Throws, naming the documents, when LibreOffice is missing or
    /// did not produce a PDF for some of them.
    public func convert(_ documents: [Document]) throws -> [Data] {
        guard !documents.isEmpty else { return [] }
        guard let soffice = PDFConverter.sofficePath() else { throw DocumentError.pdf(PDFConverter.missingMessage) }
        lock.lock()
        defer { lock.unlock() }
        // Contiguous shares, one per lane, so that the PDFs come back in the order given.
        let lanes = min(self.lanes, documents.count)
        let share = (documents.count + lanes - 1) / lanes
        let parts = stride(from: 0, to: documents.count, by: share).map { Array(documents[$0..<min(documents.count, $0 + share)]) }
        let converted = LaneResults(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { lane in
            converted.set(lane, Result { try convert(parts[lane], soffice: soffice, profile: profile(lane: lane)) })
        }
        return try converted.all()
    }

    /// One lane's share, in runs of at most ``batchSize`` documents.
    private func convert(_ documents: [Document], soffice: String, profile: URL) throws -> [Data] {
        try prepareProfile(profile)
        var result: [Data] = []
        var start = 0
        while start < documents.count {
            let end = min(documents.count, start + batchSize)
            result += try run(soffice, Array(documents[start..<end]), profile: profile)
            start = end
        }
        return result
    }

    /// Removes the profile directories (the next run creates them again).
    public func removeProfile() {
        lock.lock()
        defer { lock.unlock() }
        for lane in 0..<lanes { try? FileManager.default.removeItem(at: profile(lane: lane)) }
    }

    private func prepareProfile(_ profile: URL) throws {
        let settings = profile.appendingPathComponent("user/registrymodifications.xcu")
        // LibreOffice adds its own settings to this file on first run; writing it again would throw them away.
        if !FileManager.default.fileExists(atPath: settings.path) { try PDFConverter.writeIndonesianProfile(at: profile) }
    }

    /// One LibreOffice run over a batch; inputs are numbered files so that office names never reach the command line.
    private func run(_ soffice: String, _ batch: [Document], profile: URL) throws -> [Data] {
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
        let run = try PDFConverter.convertToPDF(soffice, profile: profile, outputDirectory: work, inputs: inputs)
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

/// What each lane converted, written from the lanes' threads.
private final class LaneResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[Data], any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ lane: Int, _ result: Result<[Data], any Error>) {
        lock.lock()
        defer { lock.unlock() }
        results[lane] = result
    }

    /// The PDFs of every lane in lane order, or the first lane's error.
    func all() throws -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        return try results.flatMap { try ($0 ?? .success([])).get() }
    }
}
