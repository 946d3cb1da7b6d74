import Foundation

/// The office-year export bundle (`ekspor.zip`): the office-year file and every evidence file, with a list.
///
/// Evidence lives outside the office-year file (in the database), so an export that is to be complete
/// (moving an office, an archive for the Inspectorate) carries both.
public enum OfficeYearBundle {
    /// One evidence file in the bundle.
    public struct Evidence: Sendable {
        /// What it supports, as the audit trail names it ("realisasi", "I7 TW2").
        public var kind: String
        public var key: String
        public var fileName: String
        public var mediaType: String
        public var sha256: String
        public var data: Data

        public init(kind: String, key: String, fileName: String, mediaType: String, sha256: String, data: Data) {
            self.kind = kind
            self.key = key
            self.fileName = fileName
            self.mediaType = mediaType
            self.sha256 = sha256
            self.data = data
        }
    }

    /// Name of the office-year file inside the bundle.
    public static let dataPath = "data-kinerja.json"
    /// Name of the evidence list inside the bundle.
    public static let listPath = "bukti/daftar.json"

    /// The ZIP bytes: the office-year file, `bukti/<kind>/<key>/<n>-<name>` per evidence file and the list.
    public static func zipped(officeYearJSON: String, evidence: [Evidence]) throws -> Data {
        var package = OOXMLPackage()
        package.add(dataPath, officeYearJSON)
        var listed: [[String: String]] = []
        for (index, file) in evidence.enumerated() {
            let path = "bukti/\(safe(file.kind))/\(safe(file.key))/\(index + 1)-\(safe(file.fileName))"
            package.add(path, data: file.data)
            listed.append(["berkas": path, "jenis": file.kind, "untuk": file.key, "nama": file.fileName,
                           "tipe": file.mediaType, "sha256": file.sha256])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        package.add(listPath, data: try encoder.encode(listed))
        return try package.zipped()
    }

    /// A path segment without separators, dots-only names or control characters, so no entry escapes its folder on unzip.
    static func safe(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            scalar.value < 0x20 || "/\\:*?\"<>|".unicodeScalars.contains(scalar) ? "_" : Character(scalar)
        }).trimmingCharacters(in: .whitespaces)
        return cleaned.allSatisfy({ $0 == "." }) ? "_" : String(cleaned.prefix(120))
    }
}
