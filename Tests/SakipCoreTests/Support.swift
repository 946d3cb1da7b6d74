import Foundation
import SakipCore

/// Exact decimal from a literal, for expectations.
func d(_ literal: String) -> Decimal { Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX"))! }

/// Paths of the shared test fixtures.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func seed(_ name: String) -> URL { directory.appendingPathComponent("seeds/\(name).json") }

    /// Reads a seed fixture; a fixture that does not read is a test failure with its issues.
    static func load(_ name: String) throws -> OfficeYearReader.Result {
        try OfficeYearReader.read(contentsOf: seed(name))
    }
}
