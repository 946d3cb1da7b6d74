import Foundation
import Testing
@testable import SakipCore

/// Small office-year files written as JSON for the review's second round: each test states only the part it
/// is about, on a base that reviews clean.
enum RoundTwo {
    /// An office-year 2024 of a Kab/Kota office with the given top-level members (JSON text after the office).
    static func file(_ members: String, year: Int = 2024) -> String {
        """
        {"format": "sakip-office-year", "version": 1, "year": \(year),
         "office": {"code": "000001", "name": "KPU Kota Uji", "level": "kabupatenKota"}\(members.isEmpty ? "" : ",\n \(members)")}
        """
    }

    /// One sasaran and three indicators: a percentage, a count and a SAKIP grade.
    static let catalogue = """
    "objectives": [{"id": "S1", "statement": "Meningkatnya kualitas penyelenggaraan"}],
    "indicators": [{"id": "I1", "statement": "Persentase dokumen tepat waktu", "kind": "percentage"},
                   {"id": "I2", "statement": "Jumlah laporan keuangan", "kind": "count", "unit": "Laporan"},
                   {"id": "I3", "statement": "Nilai Akuntabilitas Kinerja", "kind": "grade", "scale": "sakip"}]
    """

    /// Reads a file, failing the test with the reader's issues when it does not read.
    static func read(_ text: String) throws -> OfficeYearReader.Result {
        try OfficeYearReader.read(text)
    }

    /// The reader's errors for a file that must not read; empty when it reads.
    static func readErrors(_ text: String) -> [LocatedIssue] {
        do {
            _ = try OfficeYearReader.read(text)
            return []
        } catch {
            return error.issues
        }
    }

    static func review(_ text: String) throws -> ReviewReport {
        try read(text).officeYear.review()
    }
}

extension ReviewReport {
    /// The paths of one check's findings, in report order.
    func paths(_ code: String) -> [String] { findings(code: code).compactMap(\.place.path) }

    /// The finding of a check at a path.
    func finding(_ code: String, at path: String) -> ReviewFinding? {
        findings(code: code).first { $0.place.path == path }
    }
}
