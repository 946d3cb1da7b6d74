import Foundation

/// Converts a DOCX or XLSX to PDF with LibreOffice headless (`soffice --headless --convert-to pdf`).
///
/// LibreOffice is the renderer offices already trust; there is no home-made PDF writer. When it is not
/// installed the error says so in Indonesian and names the package to install.
public enum PDFConverter {
    /// The LibreOffice binary on PATH (`soffice`, else `libreoffice`), or nil.
    public static func sofficePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        tool("soffice", environment: environment) ?? tool("libreoffice", environment: environment)
    }

    /// An executable on PATH, or nil.
    static func tool(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories {
            let candidate = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The message shown when LibreOffice is missing.
    public static let missingMessage = "LibreOffice tidak ditemukan (perintah soffice tidak ada di PATH). Pasang LibreOffice, misalnya `apt-get install libreoffice-writer libreoffice-calc`, atau simpan dokumen sebagai DOCX lalu ekspor ke PDF dari Word/LibreOffice."

    /// Converts `data` (a document with the extension `fileExtension`) and returns the PDF bytes.
    public static func convert(_ data: Data, fileExtension: String) throws -> Data {
        guard let soffice = sofficePath() else { throw DocumentError.pdf(missingMessage) }
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("sakip-pdf-\(UUID().uuidString)")
        try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: work) }
        let input = work.appendingPathComponent("dokumen.\(fileExtension)")
        try data.write(to: input)

        try writeIndonesianProfile(at: work.appendingPathComponent("profil"))
        // A private profile: a LibreOffice already open on the desktop, or a first-run dialog, must not block the conversion.
        let run = try convertToPDF(soffice, profile: work.appendingPathComponent("profil"), outputDirectory: work, inputs: [input.path])
        let pdf = work.appendingPathComponent("dokumen.pdf")
        guard run.status == 0, let bytes = try? Data(contentsOf: pdf) else {
            throw DocumentError.pdf("LibreOffice gagal mengubah dokumen ke PDF (kode \(run.status)): \(run.output)")
        }
        return bytes
    }

    /// One `soffice --headless --convert-to pdf` run over `inputs` with the profile at `profile`; its exit status and
    /// what it printed.
    static func convertToPDF(_ soffice: String, profile: URL, outputDirectory: URL, inputs: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", outputDirectory.path] + inputs
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let output = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Sets the private profile's locale to Indonesian, so that what LibreOffice formats itself (chart values
    /// and axes) reads "99,51" as in the rest of the document, whatever the server's locale.
    static func writeIndonesianProfile(at profile: URL) throws {
        let user = profile.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        let settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>id</value></prop></item>
        </oor:items>
        """
        try Data(settings.utf8).write(to: user.appendingPathComponent("registrymodifications.xcu"))
    }
}
