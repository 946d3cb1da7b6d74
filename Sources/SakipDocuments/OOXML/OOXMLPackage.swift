import Foundation
import ZIPFoundation

/// The parts of an Office Open XML package, written as a ZIP in the order they were added.
///
/// Identical parts give identical bytes: entry order is the insertion order and every entry carries
/// the same fixed modification date (never "now"), read by ZIPFoundation in UTC.
struct OOXMLPackage {
    /// 1 January 2000, 00:00 UTC: a fixed DOS timestamp for every entry.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    private(set) var parts: [(path: String, data: Data)] = []

    /// Adds a part; `path` has no leading slash ("word/document.xml").
    mutating func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }

    /// Adds a binary part (an embedded workbook).
    mutating func add(_ path: String, data: Data) { parts.append((path, data)) }

    /// The ZIP bytes.
    func zipped() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Self.entryDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw DocumentError.packaging("arsip ZIP tidak dapat dibentuk") }
        return bytes
    }
}

/// Why a document could not be produced, in Indonesian.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    /// The office-year lacks what the document needs.
    case missingData(String)
    /// The ZIP container could not be written.
    case packaging(String)
    /// The PDF conversion failed or is unavailable.
    case pdf(String)
    /// An uploaded workbook could not be read.
    case unreadable(String)

    public var description: String {
        switch self {
        case .missingData(let text): "Data belum lengkap: \(text)"
        case .packaging(let text): "Gagal membentuk berkas: \(text)"
        case .pdf(let text): text
        case .unreadable(let text): "Berkas tidak dapat dibaca: \(text)"
        }
    }
}
