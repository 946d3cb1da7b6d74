import Foundation
import ZIPFoundation

/// What an evidence file (bukti dukung) really is, judged from its bytes, never from its name.
public enum EvidenceType: String, CaseIterable, Sendable {
    case pdf, png, jpeg, docx, xlsx, pptx, odt, ods

    /// The largest file accepted (a scanned report of some pages).
    public static let maximumBytes = 10 * 1024 * 1024

    /// "Dokumen PDF", "Gambar PNG" … for pages and messages.
    public var label: String {
        switch self {
        case .pdf: "Dokumen PDF"
        case .png: "Gambar PNG"
        case .jpeg: "Gambar JPEG"
        case .docx: "Dokumen Word"
        case .xlsx: "Lembar kerja Excel"
        case .pptx: "Presentasi PowerPoint"
        case .odt: "Dokumen OpenDocument"
        case .ods: "Lembar kerja OpenDocument"
        }
    }

    public var fileExtension: String { rawValue == "jpeg" ? "jpg" : rawValue }

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        }
    }

    /// The type of a file's bytes; refused in Indonesian when it is too large, empty or of another kind.
    public static func sniff(_ data: Data) throws(EvidenceRefusal) -> EvidenceType {
        guard !data.isEmpty else { throw EvidenceRefusal("berkas kosong") }
        guard data.count <= maximumBytes else {
            throw EvidenceRefusal("berkas \(data.count / 1024 / 1024) MB melebihi batas \(maximumBytes / 1024 / 1024) MB per berkas")
        }
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]), let type = officeType(data) { return type }
        throw EvidenceRefusal("jenis berkas tidak diterima; unggah PDF, gambar PNG/JPEG, atau dokumen Word, Excel, PowerPoint, OpenDocument")
    }

    /// An Office Open XML or OpenDocument package, told by the parts it holds (names only; nothing is inflated
    /// except the OpenDocument `mimetype`, which is stored uncompressed and a few bytes long).
    private static func officeType(_ data: Data) -> EvidenceType? {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        var paths = Set<String>()
        var mimetype: Data?
        for entry in archive {
            paths.insert(entry.path)
            if entry.path == "mimetype", entry.uncompressedSize < 100 {
                var bytes = Data()
                _ = try? archive.extract(entry) { bytes.append($0) }
                mimetype = bytes
            }
            if paths.count > 10_000 { return nil }
        }
        if paths.contains("[Content_Types].xml") {
            if paths.contains("word/document.xml") { return .docx }
            if paths.contains("xl/workbook.xml") { return .xlsx }
            if paths.contains("ppt/presentation.xml") { return .pptx }
        }
        switch mimetype.flatMap({ String(data: $0, encoding: .utf8) }) {
        case "application/vnd.oasis.opendocument.text": return .odt
        case "application/vnd.oasis.opendocument.spreadsheet": return .ods
        default: return nil
        }
    }

    /// A file name safe to store and to send back: no folders, no control or quote characters, at most 100
    /// characters, ending with the extension of what the file really is.
    public func safeFileName(_ given: String) -> String {
        let base = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var stem = base.contains(".") ? String(base[..<(base.lastIndex(of: ".") ?? base.endIndex)]) : base
        stem = String(stem.unicodeScalars.filter { scalar in
            !CharacterSet.controlCharacters.contains(scalar) && !"\"<>:|?*;".unicodeScalars.contains(scalar)
        }).trimmingCharacters(in: .whitespaces)
        if stem.isEmpty { stem = "bukti" }
        return String(stem.prefix(100)) + "." + fileExtension
    }
}

/// Why an evidence file was refused, in Indonesian.
public struct EvidenceRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
