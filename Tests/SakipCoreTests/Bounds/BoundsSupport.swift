import Foundation
import Testing
@testable import SakipCore

/// Office-year texts for the input-bounds tests: a seed with one value replaced, or a small file.
enum BoundsFiles {
    /// The text of a seed with `old` replaced by `new` (which must occur).
    static func seed(_ name: String, replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: Fixtures.seed(name), encoding: .utf8)
        #expect(text.contains(old), "\(name) tidak memuat \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// A small file with `members` after the required ones.
    static func small(_ members: String) -> String {
        """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "655921", "name": "KPU Kabupaten Asahan", "level": "kabupatenKota"}\(members.isEmpty ? "" : ", " + members)}
        """
    }

    /// The reader's errors for a text that must be refused; an accepted text is a test failure.
    static func issues(_ text: String) -> [LocatedIssue] {
        do {
            _ = try OfficeYearReader.read(text)
            Issue.record("diharapkan ditolak")
            return []
        } catch {
            return error.issues
        }
    }
}
